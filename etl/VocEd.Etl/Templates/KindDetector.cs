namespace VocEd.Etl.Templates;

/// <summary>Finds a file's kind from its header set: the template whose header-required columns are all present.</summary>
public static class KindDetector
{
    public static KindDetection Detect(IReadOnlyList<string> headers)
    {
        SubmissionTemplate? best = null;
        List<TemplateColumn> bestMissing = [];
        var bestScore = double.MinValue;
        var bestMatched = -1;
        foreach (var template in SubmissionTemplates.All)
        {
            var matcher = HeaderMatcher.For(template.Kind);
            var present = new HashSet<int>(headers.Select(matcher.Match).Where(i => i >= 0));
            var required = template.HeaderRequiredColumns.ToList();
            var missing = required.Where(c => !present.Contains(template.IndexOf(c.Name))).ToList();
            var score = (double)(required.Count - missing.Count) / required.Count;
            if (missing.Count == 0)
            {
                score += 1;
            }

            if (score > bestScore || (score == bestScore && present.Count > bestMatched))
            {
                best = template;
                bestMissing = missing;
                bestScore = score;
                bestMatched = present.Count;
            }
        }

        // Templates is never empty, so best is set.
        var closest = best ?? SubmissionTemplates.All[0];
        return new KindDetection(bestMissing.Count == 0 ? closest : null, closest, bestMissing);
    }
}

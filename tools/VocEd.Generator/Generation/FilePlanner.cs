using VocEd.Generator.Faults;
using VocEd.Generator.Output;
using VocEd.Generator.Planning;
using VocEd.Generator.Randomness;
using VocEd.Generator.Templates;

namespace VocEd.Generator.Generation;

/// <summary>
/// Decides a file's layout and faults from one random stream per (submitter, year, kind): file-level damage first
/// (an unreadable XLSX gets no row faults), then row faults, then a possible truncation of a CSV's tail, then whether
/// the submitter later sends a corrected copy, <c>&lt;submitter&gt;_v2.&lt;ext&gt;</c>, which ordinal path order puts after its original.
/// </summary>
internal static class FilePlanner
{
    public static FilePlan Plan(RunContext run, SubmissionTemplate template, PlannedSchool? school, string submitter, int year, int folder,
        IReadOnlyList<string?[]> clean, bool allowFaults)
    {
        var rate = allowFaults ? run.Options.FaultRate : 0;
        var fileRate = allowFaults ? run.FileFaultRate : 0;
        var rng = Prng.For(run.Options.Seed, Prng.Hash(submitter), (ulong)year, (ulong)template.Kind + 100);
        var layout = LayoutChooser.Choose(ref rng, run.Options, template);
        var corrupt = fileRate > 0 && layout.Format == SubmissionFormat.Xlsx && clean.Count > 0 && rng.Chance(fileRate);
        var faults = new List<InjectedFault>();
        var context = new FileContext(template, school, layout.Format, run.Majors);
        var rows = corrupt
            ? clean.Select(r => new OutputRow(r)).ToList()
            : RowFaultInjector.Apply(clean, context, rate, ref rng, faults);
        var truncateAt = 0;
        if (!corrupt && fileRate > 0 && layout.Format == SubmissionFormat.Csv && rows.Count > 0 && rng.Chance(fileRate))
        {
            var cut = rng.Between(Math.Max(1, (rows.Count + 1) / 2), rows.Count);
            rows.RemoveRange(cut, rows.Count - cut);
            faults.RemoveAll(f => f.Row >= cut);
            truncateAt = rng.Between(2, template.Columns.Count - 1);
            faults.Add(new InjectedFault(cut, string.Empty, FaultKinds.TruncatedFile, RuleIds.TruncatedRow));
        }

        var corrected = (faults.Count > 0 || corrupt) && rng.Chance(0.3);
        return new FilePlan(template, submitter, year, folder, layout, clean, rows, faults, truncateAt, corrupt, corrected, rng.NextUInt64());
    }
}

using VocEd.Etl.Templates;

namespace VocEd.Etl.Tests.Templates;

public sealed class KindDetectorTests
{
    [Test]
    public void Each_template_is_detected_from_its_canonical_headers()
    {
        foreach (var template in SubmissionTemplates.All)
        {
            var detection = KindDetector.Detect([.. template.Columns.Select(c => c.Name)]);

            Assert.That(detection.Template?.Kind, Is.EqualTo(template.Kind));
        }
    }

    [Test]
    public void Each_template_is_detected_from_its_Chinese_headers_in_any_order()
    {
        foreach (var template in SubmissionTemplates.All)
        {
            var detection = KindDetector.Detect([.. template.Columns.Select(c => c.HeaderZh).Reverse()]);

            Assert.That(detection.Template?.Kind, Is.EqualTo(template.Kind));
        }
    }

    [Test]
    public void Header_optional_columns_may_be_absent()
    {
        var headers = SubmissionTemplates.Enrollment.Columns.Where(c => !c.HeaderOptional).Select(c => c.Name).ToList();

        Assert.That(KindDetector.Detect(headers).Template, Is.SameAs(SubmissionTemplates.Enrollment));
    }

    [Test]
    public void Unknown_kind_names_the_closest_kind_and_its_missing_columns()
    {
        var headers = SubmissionTemplates.Enrollment.Columns.Select(c => c.HeaderZh)
            .Where(h => h is not "身份证号" and not "年级").Append("备注").ToList();

        var detection = KindDetector.Detect(headers);

        Assert.That(detection.IsKnown, Is.False);
        Assert.That(detection.Closest, Is.SameAs(SubmissionTemplates.Enrollment));
        Assert.That(detection.MissingColumns.Select(c => c.Name), Is.EquivalentTo(new[] { "citizen_id", "grade" }));
        Assert.That(detection.Message, Does.Contain("enrollment").And.Contain("citizen_id (身份证号)").And.Contain("grade (年级)"));
        Assert.That(detection.MessageZh, Does.Contain("身份证号"));
    }

    [Test]
    public void Empty_header_matches_no_kind() =>
        Assert.That(KindDetector.Detect([]).IsKnown, Is.False);
}

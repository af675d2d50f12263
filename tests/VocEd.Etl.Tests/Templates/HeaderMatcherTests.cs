using VocEd.Etl.Templates;

namespace VocEd.Etl.Tests.Templates;

public sealed class HeaderMatcherTests
{
    [TestCase("教学仪器设备值（元）")]
    [TestCase(" 教学仪器设备值(元) ")]
    [TestCase("EQUIPMENT_VALUE_YUAN")]
    [TestCase("\uFEFFequipment_value_yuan")]
    [TestCase("ｅｑｕｉｐｍｅｎｔ＿ｖａｌｕｅ＿ｙｕａｎ")]
    public void Headers_match_after_NFKC_trimming_and_ignoring_case(string header)
    {
        var matcher = HeaderMatcher.For(SubmissionKind.SchoolProfile);

        Assert.That(matcher.Match(header), Is.EqualTo(SubmissionTemplates.SchoolProfile.IndexOf(ColumnNames.EquipmentValueYuan)));
    }

    [Test]
    public void Unknown_header_matches_nothing() =>
        Assert.That(HeaderMatcher.For(SubmissionKind.SchoolProfile).Match("备注"), Is.EqualTo(-1));

    [Test]
    public void Repeated_column_maps_only_its_first_occurrence() =>
        Assert.That(
            HeaderMatcher.For(SubmissionKind.RegionalIndustry).Map(["year", "年份", "备注"]),
            Is.EqualTo(new[] { SubmissionTemplates.RegionalIndustry.IndexOf("year"), -1, -1 }));
}

using System.Globalization;
using VocEd.Generator.Rows;

namespace VocEd.Generator.Tests.Rows;

public sealed class RegionalIndustryRowsTests
{
    [Test]
    public void Eastern_metropolises_are_more_tertiary_than_industrial_and_western_provinces()
    {
        Assert.Multiple(() =>
        {
            Assert.That(TertiaryShare("11"), Is.GreaterThan(0.75));
            Assert.That(TertiaryShare("31"), Is.GreaterThan(TertiaryShare("32")));
            Assert.That(TertiaryShare("44"), Is.GreaterThan(TertiaryShare("14")));
            Assert.That(TertiaryShare("CN"), Is.InRange(0.45, 0.6));
        });
    }

    [TestCase("44")]
    [TestCase("14")]
    [TestCase("CN")]
    public void Every_region_flags_key_strategic_emerging_industries_and_covers_all_twenty_sections(string region)
    {
        var rows = RegionalIndustryRows.Build(region, 2024, 1);

        Assert.Multiple(() =>
        {
            Assert.That(rows.Select(r => r[2]), Is.EqualTo("ABCDEFGHIJKLMNOPQRST".Select(c => c.ToString())));
            Assert.That(rows.Count(r => r[5] == "key"), Is.EqualTo(2));
            Assert.That(rows.Count(r => r[5] == "strategic_emerging"), Is.GreaterThan(0));
        });
    }

    private static double TertiaryShare(string region)
    {
        var rows = RegionalIndustryRows.Build(region, 2024, 1);
        var total = rows.Sum(r => double.Parse(r[3]!, CultureInfo.InvariantCulture)); // value added is always written
        return rows.Where(r => string.CompareOrdinal(r[2], "F") >= 0).Sum(r => double.Parse(r[3]!, CultureInfo.InvariantCulture)) / total; // as above
    }
}

using VocEd.Testing;
using VocEd.Warehouse.Reference;

namespace VocEd.Warehouse.Tests.Reference;

public sealed class ReferenceDataSetTests
{
    private static readonly ReferenceDataSet _data = ReferenceDataSet.Load();

    [Test]
    public void Regions_hold_31_provinces_every_prefecture_row_and_2978_counties()
    {
        Assert.Multiple(() =>
        {
            Assert.That(_data.Provinces, Has.Count.EqualTo(31));
            Assert.That(_data.Prefectures, Has.Count.EqualTo(342));
            Assert.That(_data.Counties, Has.Count.EqualTo(2978));
            Assert.That(_data.Counties.Select(c => c.Code).Distinct().Count(), Is.EqualTo(2978));
            Assert.That(_data.Provinces.Select(p => p.EconomicRegion).Distinct().Order(), Is.EqualTo(new[] { "central", "east", "northeast", "west" }));
        });
    }

    [Test]
    public void Every_county_lies_in_its_prefecture_and_province()
    {
        Assert.That(_data.Counties.Where(c => !c.Code.StartsWith(c.PrefectureCode, StringComparison.Ordinal) || !c.Code.StartsWith(c.ProvinceCode, StringComparison.Ordinal)), Is.Empty);
    }

    [Test]
    public void Nineteen_categories_at_each_of_three_levels_at_the_same_position()
    {
        var byLevel = _data.MajorCategories.GroupBy(c => c.Level).ToDictionary(g => g.Key, g => g.ToList());
        Assert.That(byLevel.Keys.Order(), Is.EqualTo(new[] { "associate", "bachelor", "secondary" }));
        Assert.That(byLevel.Values.Select(v => v.Count), Is.All.EqualTo(19));
        var electronics = _data.MajorCategories.Where(c => c.NameZh == "电子与信息大类").Select(c => c.CategoryCode).Order();
        Assert.That(electronics, Is.EqualTo(new[] { "31", "51", "71" }));
        Assert.That(_data.MajorCategories.Where(c => c.NameZh == "电子与信息大类").Select(c => c.AssociateCategoryCode).Distinct(), Is.EqualTo(new[] { "51" }));
    }

    [Test]
    public void Twenty_industry_sections_A_to_T_cover_divisions_01_to_97()
    {
        Assert.That(_data.IndustrySections.Select(s => s.Section), Is.EqualTo("ABCDEFGHIJKLMNOPQRST".Select(c => c.ToString())));
        Assert.That(_data.IndustrySections[0].DivisionFrom, Is.EqualTo(1));
        Assert.That(_data.IndustrySections[^1].DivisionTo, Is.EqualTo(97));
        for (var i = 1; i < _data.IndustrySections.Count; i++)
        {
            Assert.That(_data.IndustrySections[i].DivisionFrom, Is.EqualTo(_data.IndustrySections[i - 1].DivisionTo + 1), _data.IndustrySections[i].Section);
        }
    }

    [Test]
    public void Crosswalk_weights_sum_to_one_per_category()
    {
        var sums = _data.Crosswalk.GroupBy(c => (c.Crosswalk, c.CategoryCode)).Select(g => g.Sum(c => c.Weight));
        Assert.That(sums, Is.All.EqualTo(1m));
        Assert.That(_data.Crosswalk.Where(c => c.Crosswalk == "education").Select(c => c.CategoryCode).Distinct().Count(), Is.EqualTo(19));
    }

    [Test]
    public void Technical_featured_majors_belong_to_the_Guangdong_catalog_and_carry_their_category()
    {
        var featured = _data.TechnicalMajors.Where(m => m.MajorCode.StartsWith('8')).ToList();
        Assert.That(featured, Is.Not.Empty);
        Assert.That(featured.Select(m => m.CatalogCode).Distinct(), Is.EqualTo(new[] { "technical-44" }));
        Assert.That(featured.Single(m => m.MajorCode == "8181").CategoryZh, Is.EqualTo("能源类"));
    }

    [Test]
    public void Technical_durations_follow_the_domain_table()
    {
        Assert.Multiple(() =>
        {
            Assert.That(_data.TechnicalDuration("intermediate", "junior"), Is.EqualTo(3));
            Assert.That(_data.TechnicalDuration("senior", "junior"), Is.EqualTo(5));
            Assert.That(_data.TechnicalDuration("senior", "technical"), Is.EqualTo(2));
            Assert.That(_data.TechnicalDuration("technician", "senior_technical"), Is.EqualTo(2));
            Assert.That(_data.TechnicalDuration("technician", "senior"), Is.EqualTo(4));
            Assert.That(_data.TechnicalDuration("intermediate", "senior_technical"), Is.Null);
        });
    }

    [Test]
    public void Destination_groups_match_the_domain_definitions()
    {
        var employed = _data.Destinations.Where(d => d.IsEmployed).Select(d => d.Code).Order();
        var further = _data.Destinations.Where(d => d.IsFurtherStudy).Select(d => d.Code).Order();
        var notPlaced = _data.Destinations.Where(d => !d.IsPlaced).Select(d => d.Code).Order();
        Assert.Multiple(() =>
        {
            Assert.That(employed, Is.EqualTo(new[] { "10", "11", "12", "27", "46", "50", "51", "75", "76" }));
            Assert.That(further, Is.EqualTo(new[] { "80", "81", "82" }));
            Assert.That(notPlaced, Is.EqualTo(new[] { "70", "71", "72" }));
            Assert.That(_data.Destinations, Has.Count.EqualTo(16));
        });
    }

    [Test]
    public void A_malformed_replacement_file_is_refused_with_file_and_line()
    {
        using var dir = new TempDirectory();
        foreach (var file in Directory.GetFiles(ReferenceDataSet.DefaultDirectory, "*.csv"))
        {
            File.Copy(file, Path.Combine(dir.Path, Path.GetFileName(file)));
        }

        File.AppendAllText(dir.File("industry-sections.csv"), "U,新门类,98-99,New, unquoted,3\n");
        var ex = Assert.Throws<ReferenceDataException>(() => ReferenceDataSet.Load(dir.Path));
        Assert.That(ex.Message, Does.Contain("industry-sections.csv:22"));
    }

    [Test]
    public void An_official_catalog_can_replace_a_file_without_code_changes()
    {
        using var dir = new TempDirectory();
        foreach (var file in Directory.GetFiles(ReferenceDataSet.DefaultDirectory, "*.csv"))
        {
            File.Copy(file, Path.Combine(dir.Path, Path.GetFileName(file)));
        }

        File.AppendAllText(dir.File("education-majors.csv"), "associate,510210,区块链技术应用,0,official catalog 2025\n");
        var data = ReferenceDataSet.Load(dir.Path);
        Assert.That(data.EducationMajors.Any(m => m.MajorCode == "510210" && !m.IsSynthetic), Is.True);
    }

    [Test]
    public void Policy_thresholds_are_reference_data_with_their_sources()
    {
        Assert.That(_data.PolicyThresholds.Select(t => (t.SchoolType, t.Indicator, t.Comparison, t.Value)), Is.SupersetOf(new[]
        {
            ("associate", "student_teacher_ratio", "<=", 18m),
            ("secondary", "equipment_per_student", ">=", 2500m),
            ("associate", "equipment_per_student", ">=", 4000m),
        }));
        Assert.That(_data.PolicyThresholds.Select(t => t.Source), Is.All.Not.Empty);
        var ratio = _data.PolicyThresholds.Single(t => t.SchoolType == "associate" && t.Indicator == "student_teacher_ratio");
        Assert.That((ratio.IsBreachedBy(18), ratio.IsBreachedBy(18.01), ratio.IsBreachedBy(null)), Is.EqualTo(((bool?)false, (bool?)true, (bool?)null)));
    }

    [Test]
    public void A_threshold_for_an_unknown_indicator_is_refused_at_load()
    {
        using var dir = new TempDirectory();
        foreach (var file in Directory.GetFiles(ReferenceDataSet.DefaultDirectory, "*.csv"))
        {
            File.Copy(file, Path.Combine(dir.Path, Path.GetFileName(file)));
        }

        File.AppendAllText(dir.File("policy-thresholds.csv"), "associate,teacher_happiness,>=,1,,合格,nobody\n");
        var ex = Assert.Throws<ReferenceDataException>(() => ReferenceDataSet.Load(dir.Path));
        Assert.That(ex.Message, Does.Contain("teacher_happiness"));
    }
}

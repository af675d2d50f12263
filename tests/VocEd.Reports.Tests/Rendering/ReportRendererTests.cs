using VocEd.Reports.Catalog;
using VocEd.Reports.Models;
using VocEd.Reports.Tests.Support;
using VocEd.Warehouse.Data;
using VocEd.Warehouse.Indicators;
using VocEd.Warehouse.Reference;

namespace VocEd.Reports.Tests.Rendering;

/// <summary>
/// Every number of both reports for CN, a province and a prefecture, read back by LibreOffice, equals the cube value it
/// came from (after rounding both to 15 significant digits), or is empty with a note where disclosure control withholds
/// it; on SQLite and PostgreSQL.
/// </summary>
[TestFixture(WarehouseProvider.Sqlite)]
[TestFixture(WarehouseProvider.Postgres)]
public sealed class ReportRendererTests(WarehouseProvider provider)
{
    private const int _year = ReportWarehouse.Year;
    private const int _minimum = 5;
    private static readonly string _quality = ReportCatalog.RegionalQualityId;
    private static readonly string _alignment = ReportCatalog.MajorIndustryAlignmentId;
    private RenderedReports _r = null!; // Assigned in OneTimeSetUp.
    private int _withheldSeen;

    [OneTimeSetUp]
    public async Task RenderOnceAsync() => _r = await RenderedReports.ForAsync(provider);

    [OneTimeTearDown]
    public void Some_cells_were_withheld() => Assert.That(_withheldSeen, Is.GreaterThan(0), "the fixture has cells below the minimum denominator");

    private CubeValues Cubes => _r.Cubes;

    private static string? Parent(string scope) => scope switch
    {
        "CN" => null,
        { Length: 2 } => "CN",
        _ => scope[..2],
    };

    [TestCase("CN")]
    [TestCase("44")]
    [TestCase("4401")]
    public void Quality_overview_kpis_equal_the_cube_and_its_comparisons(string scope)
    {
        var table = SheetTable.Find(_r.Sheet(_quality, scope, SheetNames.Overview), "指标");
        var current = Cubes.QualityRow(scope, _year);
        var before = Cubes.QualityRow(scope, _year - 1);
        Assert.That(table.Rows.Select(r => r[0]), Is.EqualTo(QualityIndicators.Kpis.Select(c => QualityIndicators.Get(c).NameZh)));
        var checkedHeaders = new HashSet<string> { "本地区", "全国", "上一学年", "较上年变化" };
        foreach (var row in table.Rows)
        {
            var indicator = QualityIndicators.All.Single(i => i.NameZh == row[0]);
            Check(table, row, "本地区", current, indicator);
            Check(table, row, "全国", Cubes.QualityRow("CN", _year), indicator);
            Check(table, row, "上一学年", before, indicator);
            if (scope.Length == 4)
            {
                Check(table, row, "上级地区", Cubes.QualityRow(Parent(scope)!, _year), indicator);
                checkedHeaders.Add("上级地区");
            }

            var now = Withheld(current, indicator) ? null : CubeValues.Number(current, indicator.Column);
            var then = Withheld(before, indicator) ? null : CubeValues.Number(before, indicator.Column);
            var change = now is { } a && then is { } b ? (a - b) * (indicator.Unit.StartsWith("fraction", StringComparison.Ordinal) ? 100 : 1) : (double?)null;
            Digits.AssertEqual(table.Cell(row, "较上年变化"), change, $"{scope} {indicator.Column} change");
        }

        AssertEveryNumberChecked(table, checkedHeaders);
    }

    [TestCase("CN")]
    [TestCase("44")]
    [TestCase("4401")]
    public void Quality_overview_thresholds_show_the_school_type_values_and_the_reference_data(string scope)
    {
        var sheet = _r.Sheet(_quality, scope, SheetNames.Overview);
        var table = SheetTable.Find(sheet, "学校类型");
        var types = SchoolTypeNamesByName();
        foreach (var row in table.Rows)
        {
            var type = types[row[0]];
            var indicator = QualityIndicators.All.Single(i => i.NameZh == table.Cell(row, "指标"));
            var threshold = RenderedReports.Thresholds.Single(t => t.SchoolType == type && t.Indicator == indicator.Column);
            var value = CubeValues.Number(Cubes.QualityRow(scope, _year, type), indicator.Column);
            Digits.AssertEqual(table.Cell(row, "数值"), value, $"{scope} {type} {indicator.Column}");
            Digits.AssertEqual(table.Cell(row, "标准值"), (double)threshold.Value, "threshold");
            Assert.That(table.Cell(row, "未达标"), Is.EqualTo(threshold.IsBreachedBy(value) switch { true => "是", false => "否", _ => string.Empty }));
            Assert.That(table.Cell(row, "依据"), Is.EqualTo(threshold.Source));
        }

        var expectedTypes = SchoolTypeNames.Types.Where(t => Cubes.QualityRow(scope, _year, t) is not null && RenderedReports.Thresholds.Any(h => h.SchoolType == t && h.Indicator != "fulltime_teachers"));
        Assert.That(table.Rows.Select(r => types[r[0]]).Distinct(), Is.EquivalentTo(expectedTypes));
        AssertEveryNumberChecked(table, ["数值", "标准值"]);
    }

    [Test]
    public void A_missed_threshold_is_flagged_in_the_overview_and_counted_in_the_regions()
    {
        var overview = SheetTable.Find(_r.Sheet(_quality, "44", SheetNames.Overview), "学校类型");
        var missed = overview.Rows.Single(r => r[0] == "中职" && overview.Cell(r, "指标") == "生均仪器设备值");
        Assert.That(overview.Cell(missed, "未达标"), Is.EqualTo("是"), "1,000,000 元 ÷ 500 = 2,000 元 < 2,500 元");
        var regions = SheetTable.Find(_r.Sheet(_quality, "44", SheetNames.Regions), "代码");
        var shenzhen = regions.Row("代码", "4403");
        Assert.That(regions.Cell(shenzhen, "未达标项数"), Is.EqualTo("1"));
        Assert.That(regions.Cell(shenzhen, "未达标项"), Is.EqualTo("中职 生均仪器设备值"));
    }

    [TestCase("CN")]
    [TestCase("44")]
    public void Quality_regions_list_every_child_region_with_every_indicator_equal_to_the_cube(string scope)
    {
        var table = SheetTable.Find(_r.Sheet(_quality, scope, SheetNames.Regions), "代码");
        var level = scope == "CN" ? "province" : "prefecture";
        var children = Cubes.Quality.Where(q => CubeValues.Text(q, "region_level") == level && CubeValues.Int(q, "academic_year") == _year && CubeValues.Text(q, "school_type") == "all"
            && (scope == "CN" || CubeValues.Text(q, "region_code").StartsWith(scope, StringComparison.Ordinal))).Select(q => CubeValues.Text(q, "region_code"));
        Assert.That(table.Rows.Select(r => r[0]), Is.EquivalentTo(children));
        foreach (var row in table.Rows)
        {
            var cube = Cubes.QualityRow(row[0], _year);
            foreach (var indicator in QualityIndicators.All)
            {
                Check(table, row, indicator.NameZh, cube, indicator);
            }

            var breaches = SchoolTypeNames.Types.Sum(type => RenderedReports.Thresholds.Count(t => t.SchoolType == type && t.Indicator != "fulltime_teachers"
                && t.IsBreachedBy(CubeValues.Number(Cubes.QualityRow(row[0], _year, type), t.Indicator)) == true));
            Digits.AssertEqual(table.Cell(row, "未达标项数"), breaches, $"{row[0]} breaches");
            Assert.That(table.Cell(row, "在籍人数与概况不符"), Is.EqualTo(CubeValues.YesNo(cube, "student_count_mismatch")), $"{row[0]} student counts");
        }

        var placement = table.Rows.Select(r => table.Cell(r, "毕业去向落实率")).Select(c => Digits.IsNumber(c) ? decimal.Parse(c.TrimEnd('%'), System.Globalization.CultureInfo.InvariantCulture) : -1m).ToList();
        Assert.That(placement, Is.Ordered.Descending, "sorted by placement rate, withheld last");
        AssertEveryNumberChecked(table, [.. QualityIndicators.All.Select(i => i.NameZh), "未达标项数"]);
    }

    [Test]
    public void A_prefectures_regions_are_its_schools_equal_to_cube_quality_school_with_their_breaches()
    {
        var table = SheetTable.Find(_r.Sheet(_quality, "4401", SheetNames.Regions), "代码");
        var schools = Cubes.Schools.Where(q => CubeValues.Text(q, "prefecture_code") == "4401" && CubeValues.Int(q, "academic_year") == _year).ToList();
        Assert.That(table.Rows.Select(r => r[0]), Is.EquivalentTo(schools.Select(q => CubeValues.Text(q, "school_code"))));
        var fulltime = IndicatorRegistry.Find("cube_quality_school", "fulltime_teachers")!;
        foreach (var row in table.Rows)
        {
            var cube = Cubes.SchoolRow(row[0], _year)!;
            Assert.That(table.Cell(row, "名称"), Is.EqualTo(CubeValues.Text(cube, "school_name")));
            Assert.That(table.Cell(row, "学校类型"), Is.EqualTo(SchoolTypeNames.Name(CubeValues.Text(cube, "school_type"))));
            foreach (var indicator in QualityIndicators.All)
            {
                Check(table, row, indicator.NameZh, cube, IndicatorRegistry.Find("cube_quality_school", indicator.Column)!);
            }

            Check(table, row, fulltime.NameZh, cube, fulltime);
            var breaches = ThresholdIndicators.All.Where(i => CubeValues.Flag(cube, ThresholdIndicators.BreachColumn(i)) == true).ToList();
            Digits.AssertEqual(table.Cell(row, "未达标项数"), breaches.Count, $"{row[0]} breaches");
            Assert.That(table.Cell(row, "在籍人数与概况不符"), Is.EqualTo(CubeValues.YesNo(cube, "student_count_mismatch")));
        }

        var s6 = table.Row("代码", "4400000006");
        Assert.That(table.Cell(s6, "未达标项"), Does.Contain("中职 专任教师数"), "30 full-time teachers, the per-school threshold is 60");
        Assert.That(table.Cell(s6, "在籍人数与概况不符"), Is.EqualTo("是"), "3 enrollment rows against 300 in the profile");
        AssertEveryNumberChecked(table, [.. QualityIndicators.All.Select(i => i.NameZh), fulltime.NameZh, "未达标项数"]);
    }

    [TestCase("CN")]
    [TestCase("44")]
    [TestCase("4401")]
    public void Quality_destination_groups_equal_cube_destination(string scope)
    {
        var table = SheetTable.Find(_r.Sheet(_quality, scope, SheetNames.Destinations), "去向分组");
        var cube = Cubes.Destinations.Where(d => CubeValues.Text(d, "region_code") == scope && CubeValues.Int(d, "academic_year") == _year && CubeValues.Text(d, "school_type") == "all").ToList();
        Assert.That(table.Rows.Select(r => r[0]), Is.EqualTo(DestinationRef.ReportGroups.Select(DestinationGroupNames.Name)), "every group, in report order");
        var share = IndicatorRegistry.Find("cube_destination", "graduate_share")!;
        foreach (var row in table.Rows)
        {
            var group = cube.Single(d => DestinationGroupNames.Name(CubeValues.Text(d, "destination_group")) == row[0]);
            Digits.AssertEqual(table.Cell(row, "毕业生数"), CubeValues.Number(group, "graduates"), $"{scope} {row[0]} graduates");
            Check(table, row, "占毕业生比例", group, share);
        }

        Assert.That(table.Row("去向分组", "待就业")[1], Is.EqualTo("70"));
        AssertEveryNumberChecked(table, ["毕业生数", "占毕业生比例"]);
    }

    [TestCase("CN")]
    [TestCase("44")]
    [TestCase("4401")]
    public void Quality_data_quality_lists_every_expected_school_and_the_totals_of_cube_submission_coverage(string scope)
    {
        var sheet = _r.Sheet(_quality, scope, SheetNames.DataQuality);
        var table = SheetTable.Find(sheet, "学校代码");
        var cube = Cubes.SubmissionStatus.Where(s => CubeValues.Int(s, "academic_year") == _year
            && (scope == "CN" || CubeValues.Text(s, scope.Length == 2 ? "province_code" : "prefecture_code") == scope)).ToList();
        Assert.That(table.Rows, Has.Count.EqualTo(cube.Count));
        var kinds = new Dictionary<string, string>(StringComparer.Ordinal) { ["学校概况"] = "school_profile", ["在籍学生"] = "enrollment", ["毕业去向"] = "graduate_destination" };
        var statuses = new Dictionary<string, string>(StringComparer.Ordinal) { ["loaded"] = "已入库", ["quarantined"] = "已隔离", ["pending"] = "待报送", ["missing"] = "缺报" };
        foreach (var row in table.Rows)
        {
            var status = cube.Single(s => CubeValues.Text(s, "school_code") == row[0] && CubeValues.Text(s, "submission_kind") == kinds[table.Cell(row, "报送类型")]);
            Assert.That(table.Cell(row, "学校名称"), Is.EqualTo(CubeValues.Text(status, "school_name")));
            Assert.That(table.Cell(row, "状态"), Is.EqualTo(statuses[CubeValues.Text(status, "status")]));
            Assert.That(table.Cell(row, "逾期"), Is.EqualTo(CubeValues.YesNo(status, "is_late")));
            foreach (var (header, column) in new[] { ("读取行数", "rows_read"), ("入库行数", "rows_loaded"), ("拒收行数", "rows_rejected"), ("隔离文件数", "quarantined_files") })
            {
                Digits.AssertEqual(table.Cell(row, header), CubeValues.Number(status, column), $"{row[0]} {column}");
            }
        }

        AssertEveryNumberChecked(table, ["读取行数", "入库行数", "拒收行数", "隔离文件数"]);
        var totals = SheetTable.Find(sheet, "报送类型");
        var coverage = Cubes.SubmissionCoverage.Where(c => CubeValues.Text(c, "region_code") == scope && CubeValues.Int(c, "academic_year") == _year).ToList();
        Assert.That(totals.Rows, Has.Count.EqualTo(coverage.Count));
        var columns = new[]
        {
            ("应报学校", "schools_expected"), ("已报送", "schools_submitted"), ("按时", "schools_on_time"), ("逾期", "schools_late"), ("缺报", "schools_missing"),
            ("待报", "schools_pending"), ("已隔离", "schools_quarantined"), ("读取行数", "rows_read"), ("入库行数", "rows_loaded"), ("拒收行数", "rows_rejected"),
            ("拒收率", "rejection_rate"),
        };
        foreach (var row in totals.Rows)
        {
            var total = coverage.Single(c => CubeValues.Text(c, "submission_kind") == kinds[row[0]]);
            foreach (var (header, column) in columns)
            {
                Digits.AssertEqual(totals.Cell(row, header), CubeValues.Number(total, column), $"{scope} {row[0]} {column}");
            }

            Digits.AssertEqual(totals.Cell(row, "隔离文件数"), cube.Where(s => CubeValues.Text(s, "submission_kind") == kinds[row[0]]).Sum(s => CubeValues.Number(s, "quarantined_files")), "quarantined files");
        }

        AssertEveryNumberChecked(totals, [.. columns.Select(c => c.Item1), "隔离文件数"]);
    }

    [TestCase("CN")]
    [TestCase("44")]
    [TestCase("4401")]
    public void Quality_school_types_trend_and_local_rates_equal_the_cube(string scope)
    {
        var types = SheetTable.Find(_r.Sheet(_quality, scope, SheetNames.SchoolTypes), "学校类型");
        var byName = SchoolTypeNamesByName();
        Assert.That(types.Rows.Select(r => byName[r[0]]), Is.EqualTo(SchoolTypeNames.Types.Where(t => Cubes.QualityRow(scope, _year, t) is not null)));
        foreach (var row in types.Rows)
        {
            foreach (var indicator in QualityIndicators.All)
            {
                Check(types, row, indicator.NameZh, Cubes.QualityRow(scope, _year, byName[row[0]]), indicator);
            }
        }

        AssertEveryNumberChecked(types, [.. QualityIndicators.All.Select(i => i.NameZh)]);

        var trend = SheetTable.Find(_r.Sheet(_quality, scope, SheetNames.Trend), "学年");
        Assert.That(trend.Rows.Select(r => r[0]), Is.EqualTo(new[] { "2023-2024", "2024-2025" }.Where(y => Cubes.QualityRow(scope, int.Parse(y[..4], System.Globalization.CultureInfo.InvariantCulture)) is not null)));
        foreach (var row in trend.Rows)
        {
            var cube = Cubes.QualityRow(scope, int.Parse(row[0][..4], System.Globalization.CultureInfo.InvariantCulture));
            foreach (var indicator in QualityIndicators.Kpis.Select(QualityIndicators.Get))
            {
                Check(trend, row, indicator.NameZh, cube, indicator);
            }
        }

        AssertEveryNumberChecked(trend, [.. QualityIndicators.Kpis.Select(c => QualityIndicators.Get(c).NameZh)]);

        var destinations = _r.Sheet(_quality, scope, SheetNames.Destinations);
        var local = SheetTable.Find(destinations, "指标");
        var current = Cubes.QualityRow(scope, _year);
        foreach (var row in local.Rows)
        {
            var indicator = QualityIndicators.All.Single(i => i.NameZh == row[0]);
            Check(local, row, "数值", current, indicator);
            Digits.AssertEqual(local.Cell(row, "就业毕业生数"), CubeValues.Number(current, "employed"), "employed");
            Digits.AssertEqual(local.Cell(row, "毕业生数"), CubeValues.Number(current, "graduates"), "graduates");
        }

        AssertEveryNumberChecked(local, ["数值", "就业毕业生数", "毕业生数"]);
    }

    [TestCase("CN")]
    [TestCase("44")]
    [TestCase("4401")]
    public void Alignment_overview_equals_the_cube_against_the_nation_and_last_year(string scope)
    {
        var table = SheetTable.Find(_r.Sheet(_alignment, scope, SheetNames.Overview), "供给口径");
        Assert.That(table.Rows, Has.Count.EqualTo(16), "4 indicators × 4 supply/demand bases");
        foreach (var row in table.Rows)
        {
            var (supply, demand) = Pair(row[0], row[1]);
            var indicator = IndicatorRegistry.ForCube("cube_alignment").Single(i => i.NameZh == table.Cell(row, "指标"));
            var now = CubeValues.Number(Cubes.AlignmentRow(scope, _year, supply, demand), indicator.Column);
            var then = CubeValues.Number(Cubes.AlignmentRow(scope, _year - 1, supply, demand), indicator.Column);
            Digits.AssertEqual(table.Cell(row, "本地区"), now, $"{scope} {supply}/{demand} {indicator.Column}");
            Digits.AssertEqual(table.Cell(row, "全国"), CubeValues.Number(Cubes.AlignmentRow("CN", _year, supply, demand), indicator.Column), "nation");
            Digits.AssertEqual(table.Cell(row, "上一学年"), then, "last year");
            Digits.AssertEqual(table.Cell(row, "较上年变化"), now is { } a && then is { } b ? a - b : null, "change");
        }

        AssertEveryNumberChecked(table, ["本地区", "全国", "上一学年", "较上年变化"]);
    }

    [TestCase("CN")]
    [TestCase("44")]
    [TestCase("4401")]
    public void Alignment_sections_and_sectors_equal_the_cube(string scope)
    {
        var sections = SheetTable.Find(_r.Sheet(_alignment, scope, SheetNames.Sections), "供给口径");
        var cubeRows = Cubes.Sections.Where(s => CubeValues.Text(s, "region_code") == scope && CubeValues.Int(s, "year") == _year).ToList();
        Assert.That(sections.Rows, Has.Count.EqualTo(cubeRows.Count));
        var columns = new[] { "supply_share", "demand_share", "structural_deviation", "location_quotient_supply", "location_quotient_demand" }
            .Select(c => IndicatorRegistry.Find("cube_alignment_section", c)!).ToList();
        foreach (var row in sections.Rows)
        {
            var (supply, demand) = Pair(row[0], row[1]);
            var cube = cubeRows.Single(s => CubeValues.Text(s, "supply_basis") == supply && CubeValues.Text(s, "demand_basis") == demand && CubeValues.Text(s, "industry_section") == sections.Cell(row, "门类"));
            foreach (var indicator in columns)
            {
                Digits.AssertEqual(sections.Cell(row, indicator.NameZh), CubeValues.Number(cube, indicator.Column), $"{scope} {supply}/{demand} {row[2]} {indicator.Column}");
            }
        }

        AssertEveryNumberChecked(sections, [.. columns.Select(c => c.NameZh)]);

        var sectors = SheetTable.Find(_r.Sheet(_alignment, scope, SheetNames.Sectors), "供给口径");
        var sectorOf = new Dictionary<string, int>(StringComparer.Ordinal) { ["第一产业"] = 1, ["第二产业"] = 2, ["第三产业"] = 3 };
        var sectionSector = ReferenceSectors();
        foreach (var row in sectors.Rows)
        {
            var (supply, demand) = Pair(row[0], row[1]);
            var members = cubeRows.Where(s => CubeValues.Text(s, "supply_basis") == supply && CubeValues.Text(s, "demand_basis") == demand
                && sectionSector[CubeValues.Text(s, "industry_section")] == sectorOf[sectors.Cell(row, "产业")]).OrderBy(s => CubeValues.Text(s, "industry_section"), StringComparer.Ordinal).ToList();
            var supplyShare = members.Aggregate(0.0, (sum, s) => sum + CubeValues.Number(s, "supply_share")!.Value);
            var demandShare = members.Aggregate(0.0, (sum, s) => sum + CubeValues.Number(s, "demand_share")!.Value);
            Digits.AssertEqual(sectors.Cell(row, "供给结构占比"), supplyShare, $"{scope} {row[2]} supply");
            Digits.AssertEqual(sectors.Cell(row, "需求结构占比"), demandShare, $"{scope} {row[2]} demand");
            Digits.AssertEqual(sectors.Cell(row, "供需差（供给−需求）"), (supplyShare - demandShare) * 100, $"{scope} {row[2]} gap");
        }

        AssertEveryNumberChecked(sectors, ["供给结构占比", "需求结构占比", "供需差（供给−需求）"]);
    }

    [TestCase("CN")]
    [TestCase("44")]
    [TestCase("4401")]
    public void Alignment_child_regions_and_graduate_fit_equal_the_cube(string scope)
    {
        var sheet = _r.Sheet(_alignment, scope, SheetNames.Regions);
        if (scope.Length == 4)
        {
            Assert.That(sheet.SelectMany(r => r).Where(Digits.IsNumber), Is.Empty, "no regions below a prefecture: a one-line note");
        }
        else
        {
            var table = SheetTable.Find(sheet, "代码");
            var expected = Cubes.Alignment.Where(a => CubeValues.Int(a, "year") == _year && CubeValues.Text(a, "supply_basis") == "enrollment" && CubeValues.Text(a, "demand_basis") == "value_added"
                && CubeValues.Text(a, "region_level") == (scope == "CN" ? "province" : "prefecture") && (scope == "CN" || CubeValues.Text(a, "region_code").StartsWith(scope, StringComparison.Ordinal)));
            Assert.That(table.Rows.Select(r => r[0]), Is.EquivalentTo(expected.Select(a => CubeValues.Text(a, "region_code"))));
            var columns = new[] { "mismatch_index", "match_degree", "moore_angle_deg", "sector_mismatch_index" }.Select(c => IndicatorRegistry.Find("cube_alignment", c)!).ToList();
            foreach (var row in table.Rows)
            {
                foreach (var indicator in columns)
                {
                    Digits.AssertEqual(table.Cell(row, indicator.NameZh), CubeValues.Number(Cubes.AlignmentRow(row[0], _year, "enrollment", "value_added"), indicator.Column), $"{row[0]} {indicator.Column}");
                }
            }

            AssertEveryNumberChecked(table, [.. columns.Select(c => c.NameZh)]);
        }

        var fit = SheetTable.Find(_r.Sheet(_alignment, scope, SheetNames.GraduateFit), "专业大类代码");
        var fitRows = Cubes.Fit.Where(f => CubeValues.Text(f, "region_code") == scope && CubeValues.Int(f, "graduation_year") == _year + 1).ToList();
        Assert.That(fit.Rows.Select(r => r[0]), Is.EquivalentTo(fitRows.Select(f => CubeValues.Text(f, "major_category_code"))));
        var headers = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["毕业生数"] = "graduates",
            ["就业毕业生数"] = "employed",
            ["行业对口率"] = "industry_match_rate",
            ["本地就业率(省内)"] = "local_employment_rate",
            ["重点产业就业率"] = "priority_industry_rate",
        };
        foreach (var row in fit.Rows)
        {
            var cube = fitRows.Single(f => CubeValues.Text(f, "major_category_code") == row[0]);
            foreach (var (header, column) in headers)
            {
                Check(fit, row, header, cube, IndicatorRegistry.Find("cube_graduate_fit", column)!);
            }
        }

        AssertEveryNumberChecked(fit, [.. headers.Keys]);
    }

    [TestCase("CN")]
    [TestCase("44")]
    [TestCase("4401")]
    public void Alignment_priority_coverage_equals_cube_priority_coverage(string scope)
    {
        var sheet = _r.Sheet(_alignment, scope, SheetNames.PriorityCoverage);
        var cube = Cubes.PriorityCoverage.Where(p => CubeValues.Text(p, "region_code") == scope && CubeValues.Int(p, "academic_year") == _year).ToList();
        if (cube.Count == 0)
        {
            Assert.That(sheet.SelectMany(r => r).Where(Digits.IsNumber), Is.Empty, "no regional_industry flags: a one-line note");
            Assert.That(scope, Is.EqualTo("CN"), "the fixture has no national file; 44 and 4401 have their own");
            return;
        }

        var table = SheetTable.Find(sheet, "产业类别");
        Assert.That(table.Rows.Select(r => r[0]), Is.EqualTo(PriorityNames.All.Select(PriorityNames.Name)));
        foreach (var row in table.Rows)
        {
            var priority = cube.Single(p => PriorityNames.Name(CubeValues.Text(p, "priority")) == row[0]);
            Digits.AssertEqual(table.Cell(row, "在校生（折算）"), CubeValues.Number(priority, "students"), $"{scope} {row[0]} students");
            Digits.AssertEqual(table.Cell(row, "占在校生比例"), CubeValues.Number(priority, "share"), $"{scope} {row[0]} share");
        }

        AssertEveryNumberChecked(table, ["在校生（折算）", "占在校生比例"]);
    }

    [Test]
    public void A_withheld_cell_is_empty_with_a_comment_note_in_the_row()
    {
        var table = SheetTable.Find(_r.Sheet(_quality, "44", SheetNames.Regions), "代码");
        var shenzhen = table.Row("代码", "4403");
        Assert.That(CubeValues.Number(Cubes.QualityRow("4403", _year), "placement_rate"), Is.Not.Null, "the cube keeps the exact value");
        Assert.That(table.Cell(shenzhen, "毕业去向落实率"), Is.Empty);
        Assert.That(table.Cell(shenzhen, "注"), Does.Contain("毕业去向落实率").And.Contain("分母小于5"));
        Assert.That(table.Cell(shenzhen, "毕业生数"), Is.EqualTo("2"), "counts are published");
    }

    private void Check(SheetTable table, string[] row, string header, IReadOnlyDictionary<string, object?>? cube, Indicator indicator)
    {
        var cell = table.Cell(row, header);
        if (Withheld(cube, indicator))
        {
            _withheldSeen++;
            Assert.That(cell, Is.Empty, $"{header} {indicator.Column}: withheld");
            Assert.That(table.Cell(row, "注"), Does.Contain(header).And.Contain("不予公布"), "the row's note says why");
            return;
        }

        Digits.AssertEqual(cell, CubeValues.Number(cube, indicator.Column), $"{string.Join("|", row.Take(2))} {header} {indicator.Column}");
    }

    private static bool Withheld(IReadOnlyDictionary<string, object?>? cube, Indicator indicator) =>
        cube is not null && indicator.IsDisclosureControlled && CubeValues.Number(cube, indicator.Column) is not null
        && CubeValues.Number(cube, indicator.DenominatorColumn!) < _minimum;

    /// <summary>Every column that holds a number is one the test compared with the cube.</summary>
    private static void AssertEveryNumberChecked(SheetTable table, IReadOnlyCollection<string> checkedHeaders)
    {
        var numeric = table.Headers.Where((h, i) => table.Rows.Any(r => Digits.IsNumber(r[i]))).Where(h => h is not "代码" and not "门类" and not "专业大类代码" and not "学校代码" and not "去向代码");
        Assert.That(numeric, Is.SubsetOf(checkedHeaders), "every number of the table is compared with the cube");
    }

    private static Dictionary<string, string> SchoolTypeNamesByName() =>
        SchoolTypeNames.Types.ToDictionary(SchoolTypeNames.Name, t => t, StringComparer.Ordinal);

    private static (string Supply, string Demand) Pair(string supplyName, string demandName) =>
        Bases.Pairs.Single(p => Bases.Name(p.Supply) == supplyName && Bases.Name(p.Demand) == demandName);

    private static Dictionary<string, int> ReferenceSectors() =>
        Warehouse.Reference.ReferenceDataSet.Load().IndustrySections.ToDictionary(s => s.Section, s => s.Sector, StringComparer.Ordinal);
}

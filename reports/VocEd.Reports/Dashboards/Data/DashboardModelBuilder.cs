using System.Globalization;
using VocEd.Reports.Catalog;
using VocEd.Reports.Charts;
using VocEd.Reports.Cubes;
using VocEd.Reports.Formatting;
using VocEd.Reports.Models;
using VocEd.Reports.Queries;
using VocEd.Warehouse.Data;
using VocEd.Warehouse.Indicators;

namespace VocEd.Reports.Dashboards.Data;

/// <summary>
/// Builds the site model through the Excel reports' query layer (reports/…/Queries): one read of cube_quality (school
/// type all, the year and up to four before it), of cube_alignment (the year and the one before) and of
/// cube_alignment_section (the year, enrollment against value added) for every region, and the regions and industry
/// sections as the reports name them. Every number on a page is the figure the workbooks read for it, withheld by the
/// same rule. A page for the nation, each province and each prefecture with cube_quality rows in the year, within the scope.
/// </summary>
public sealed class DashboardModelBuilder
{
    // The workbook's 概览 indicators in its order, with how a tile shows each.
    private static readonly (string Column, ValueFormat Format)[] _kpis =
    [
        ("schools", ValueFormat.Count),
        ("students", ValueFormat.Count),
        ("graduates", ValueFormat.Count),
        ("placement_rate", ValueFormat.Percent),
        ("further_study_rate", ValueFormat.Percent),
        ("related_rate", ValueFormat.Percent),
        ("local_employment_rate", ValueFormat.Percent),
        ("median_monthly_salary", ValueFormat.Yuan),
        ("student_teacher_ratio", ValueFormat.Ratio),
        ("dual_qualified_share", ValueFormat.Percent),
        ("equipment_per_student", ValueFormat.Yuan),
        ("dropout_rate", ValueFormat.Percent),
    ];

    // The quality figures of a drill-down row; the table ends with the region's 匹配度.
    private static readonly string[] _childColumns = ["schools", "students", "graduates", "placement_rate", "related_rate"];

    private readonly int _year;
    private readonly DateTime _refreshedAtUtc;
    private readonly int _minimumDenominator;
    private readonly RegionDirectory _regions;
    private readonly IndustryDirectory _industries;
    private readonly QualityFigures _quality;
    private readonly AlignmentFigures _alignment;
    private readonly SectionFigures _sections;

    private DashboardModelBuilder(
        int year, int minimumDenominator, RegionDirectory regions, IndustryDirectory industries, QualityFigures quality, AlignmentFigures alignment, SectionFigures sections)
    {
        _year = year;
        _refreshedAtUtc = quality.RefreshedAt(year).GetValueOrDefault();
        _minimumDenominator = minimumDenominator;
        _regions = regions;
        _industries = industries;
        _quality = quality;
        _alignment = alignment;
        _sections = sections;
    }

    /// <summary>How many rows of cube_quality, cube_alignment and cube_alignment_section were read.</summary>
    public (int Quality, int Alignment, int Sections) RowsRead { get; private init; }

    /// <summary>Reads the cubes and builds the site of <paramref name="scope"/> for <paramref name="year"/> (null: the latest).</summary>
    public static async Task<DashboardSite> BuildAsync(WarehouseOptions options, string scope, int? year, int minimumDenominator, CancellationToken ct) =>
        (await ReadAsync(options, year, minimumDenominator, ct).ConfigureAwait(false)).Build(scope);

    /// <summary>
    /// Reads what every page of <paramref name="year"/> (null: the latest academic year with data) shows, in one
    /// statement per cube whatever the number of pages.
    /// </summary>
    public static async Task<DashboardModelBuilder> ReadAsync(WarehouseOptions options, int? year, int minimumDenominator, CancellationToken ct)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(minimumDenominator);
        var latest = await new QualityReportQuery(options, [], minimumDenominator).LatestYearAsync(ReportScope.Nation, ct).ConfigureAwait(false)
            ?? throw new DashboardDataException("the cubes hold no data: ingest submissions and run voced refresh first");
        var y = year ?? latest;
        var trend = new CubeSlice(null, y - QualityReportQuery.TrendYears + 1, y).Where("school_type", SchoolTypeNames.All);
        var quality = await CubeRows.ReadAsync(options, CubeCatalog.Quality, trend, ct).ConfigureAwait(false);
        var figures = new QualityFigures(quality, minimumDenominator);
        if (!figures.Years().Contains(y))
        {
            throw new DashboardDataException(string.Create(CultureInfo.InvariantCulture, $"the cubes hold no data for academic year {y} (latest: {latest})"));
        }

        var alignment = await CubeRows.ReadAsync(options, CubeCatalog.Alignment, new CubeSlice(null, y - 1, y), ct).ConfigureAwait(false);
        var charted = CubeSlice.Of(null, y).Where("supply_basis", Bases.Enrollment).Where("demand_basis", Bases.ValueAdded);
        var sections = await CubeRows.ReadAsync(options, CubeCatalog.AlignmentSection, charted, ct).ConfigureAwait(false);
        var regions = await RegionDirectory.LoadAsync(options, ct).ConfigureAwait(false);
        var industries = await IndustryDirectory.LoadAsync(options, ct).ConfigureAwait(false);
        return new DashboardModelBuilder(
            y, minimumDenominator, regions, industries, figures, new AlignmentFigures(alignment, minimumDenominator), new SectionFigures(sections, minimumDenominator))
        {
            RowsRead = (quality.Rows.Count, alignment.Rows.Count, sections.Rows.Count),
        };
    }

    /// <summary>The site of <paramref name="scope"/>'s subtree (CN: every page).</summary>
    public DashboardSite Build(string scope)
    {
        var root = CheckScope(scope);
        var pages = _regions.All()
            .Where(r => _quality.Has(r.Code, _year) && SitePaths.InScope(r.Code, root.Code))
            .Select(Page)
            .ToList();
        return new DashboardSite(_year, _refreshedAtUtc, _minimumDenominator, pages);
    }

    private ReportScope CheckScope(string scope)
    {
        ArgumentNullException.ThrowIfNull(scope);
        if (!ReportScope.TryParse(scope, out var region) || !string.Equals(region.Code, scope, StringComparison.Ordinal) || !_regions.Contains(scope))
        {
            throw new DashboardDataException($"unknown scope '{scope}': use CN, a 2-digit province code or a 4-digit prefecture code");
        }

        if (!_quality.Has(scope, _year))
        {
            throw new DashboardDataException(string.Create(CultureInfo.InvariantCulture, $"the cubes hold no data for {scope} {_regions.Name(scope)} in academic year {_year}"));
        }

        return region;
    }

    private DashboardRegion Region(ReportScope scope) => new(scope.Code, _regions.Name(scope.Code), scope.Level switch
    {
        ScopeLevel.Nation => DashboardRegion.Nation,
        ScopeLevel.Province => DashboardRegion.Province,
        _ => DashboardRegion.Prefecture,
    });

    private List<DashboardRegion> Ancestors(ReportScope scope)
    {
        var chain = new List<DashboardRegion>();
        for (var up = scope.ParentCode; up is not null; up = ReportScope.Parse(up).ParentCode)
        {
            chain.Insert(0, Region(ReportScope.Parse(up)));
        }

        return chain;
    }

    private DashboardPage Page(ReportScope scope)
    {
        var kpis = _kpis.Select(k => QualityTile(scope, k.Column, k.Format)).ToList();
        if (scope.Level == ScopeLevel.Prefecture)
        {
            kpis.Insert(7, QualityTile(scope, "local_city_employment_rate", ValueFormat.Percent));
        }

        var isNation = scope.Level == ScopeLevel.Nation;
        var sections = _sections.Of(scope.Code, _year, Bases.Enrollment, Bases.ValueAdded, _industries).ToDictionary(s => s.Section, StringComparer.Ordinal);
        return new DashboardPage(
            Region(scope),
            Ancestors(scope),
            kpis,
            Alignment(scope),
            Children(scope),
            Trends(scope),
            SectionShares(scope, sections),
            isNation ? null : Quotients(scope, sections),
            isNation ? ProvinceMap() : null);
    }

    /// <summary>A quality indicator against the parent region and last year, as the workbook's 概览 compares it.</summary>
    private KpiTile QualityTile(ReportScope scope, string column, ValueFormat format)
    {
        var kpi = _quality.Compare(column, scope, _year);
        return new KpiTile(
            column,
            QualityIndicators.Get(column).NameZh,
            format,
            DashboardValue.Of(kpi.Value),
            scope.ParentCode is null ? null : DashboardValue.Of(kpi.Parent),
            DashboardValue.Of(kpi.LastYear));
    }

    private KpiTile AlignmentTile(ReportScope scope, string supply, string demand, string column, string label, ValueFormat format) =>
        Tile(scope, $"{supply}/{demand}/{column}", label, format, (code, year) => _alignment.Figure(code, year, supply, demand, column));

    private KpiTile Tile(ReportScope scope, string indicator, string label, ValueFormat format, Func<string, int, Figure> figure) => new(
        indicator,
        label,
        format,
        DashboardValue.Of(figure(scope.Code, _year)),
        scope.ParentCode is { } parent ? DashboardValue.Of(figure(parent, _year)) : null,
        DashboardValue.Of(figure(scope.Code, _year - 1)));

    /// <summary>Students mapped to industry sections per 10,000 employed (demand in 万人), where both are known.</summary>
    private Figure StudentsPer10kEmployed(string code, int year) =>
        _alignment.Figure(code, year, Bases.Enrollment, Bases.Employment, "supply_total").Value is { } supply
        && _alignment.Figure(code, year, Bases.Enrollment, Bases.Employment, "demand_total").Value is { } demand and > 0
            ? Figure.Of(supply / demand)
            : Figure.None;

    private AlignmentPanel Alignment(ReportScope scope)
    {
        var localColumn = scope.Level == ScopeLevel.Prefecture ? "local_city_employment_rate" : "local_employment_rate";
        var quality = new List<KpiTile>
        {
            QualityTile(scope, "related_rate", ValueFormat.Percent),
            QualityTile(scope, localColumn, ValueFormat.Percent),
        };
        if (!_alignment.Has(scope.Code, _year, Bases.Enrollment, Bases.ValueAdded))
        {
            return new AlignmentPanel([], [], quality, $"{_regions.Name(scope.Code)}本学年没有产业需求数据（地区产业报送），总量与结构的适配指标无从计算。");
        }

        quality.Insert(0, AlignmentTile(scope, Bases.Graduates, Bases.Employment, "match_degree", "毕业生与就业结构匹配度", ValueFormat.Index));
        List<KpiTile> volume =
        [
            AlignmentTile(scope, Bases.Enrollment, Bases.Employment, "supply_total", "在校生（折算到行业门类）", ValueFormat.Count),
            AlignmentTile(scope, Bases.Enrollment, Bases.Employment, "demand_total", "从业人员（万人）", ValueFormat.Amount),
            Tile(scope, $"{Bases.Enrollment}/{Bases.Employment}/students_per_10k_employed", "每万名从业人员对应在校生", ValueFormat.Amount, StudentsPer10kEmployed),
        ];
        List<KpiTile> structure =
        [
            AlignmentTile(scope, Bases.Enrollment, Bases.ValueAdded, "mismatch_index", "错配指数（在校生—增加值）", ValueFormat.Index),
            AlignmentTile(scope, Bases.Enrollment, Bases.ValueAdded, "match_degree", "匹配度（在校生—增加值）", ValueFormat.Index),
            AlignmentTile(scope, Bases.Enrollment, Bases.ValueAdded, "moore_angle_deg", "Moore 结构夹角", ValueFormat.Degrees),
            AlignmentTile(scope, Bases.Enrollment, Bases.ValueAdded, "sector_mismatch_index", "三次产业错配指数", ValueFormat.Index),
            AlignmentTile(scope, Bases.Enrollment, Bases.Employment, "match_degree", "匹配度（在校生—从业人员）", ValueFormat.Index),
        ];
        return new AlignmentPanel(volume, structure, quality);
    }

    private ChildRegionTable Children(ReportScope scope)
    {
        TableColumn[] columns =
        [
            new("学校数", ValueFormat.Count),
            new("在籍学生数", ValueFormat.Count),
            new("毕业生数", ValueFormat.Count),
            new("毕业去向落实率", ValueFormat.Percent),
            new("专业相关度", ValueFormat.Percent),
            new("匹配度（在校生—增加值）", ValueFormat.Index),
        ];
        if (scope.Level == ScopeLevel.Prefecture)
        {
            return new ChildRegionTable("下辖学校", columns, [], "地市是本站最低一级页面；各校的指标见本地区的《职业教育质量报告》。");
        }

        var rows = _regions.ChildrenOf(scope)
            .Where(code => _quality.Has(code, _year))
            .Select(code => new ChildRegionRow(Region(ReportScope.Parse(code)), HasPage: true,
            [
                .. _childColumns.Select(column => DashboardValue.Of(_quality.Figure(code, _year, column))),
                DashboardValue.Of(_alignment.Figure(code, _year, Bases.Enrollment, Bases.ValueAdded, "match_degree")),
            ]))
            .ToList();
        var caption = scope.Level == ScopeLevel.Nation ? "各省" : "下辖地市";
        return new ChildRegionTable(caption, columns, rows, rows.Count == 0 ? "没有下级地区的数据。" : null);
    }

    private TrendChartModel Trends(ReportScope scope)
    {
        var years = Enumerable.Range(_year - QualityReportQuery.TrendYears + 1, QualityReportQuery.TrendYears)
            .Where(y => _quality.Has(ReportScope.NationCode, y) || _quality.Has(scope.Code, y))
            .ToList();
        var series = QualityIndicators.TrendLines.Select(column => new TrendSeries(
                QualityIndicators.Get(column).NameZh,
                years.Select(y => DashboardValue.Of(_quality.Figure(scope.Code, y, column)).Value).ToList()))
            .ToList();
        return new TrendChartModel($"{_regions.Name(scope.Code)} 主要指标趋势", years, series, ValueFormat.Percent);
    }

    private SectionShareChartModel? SectionShares(ReportScope scope, Dictionary<string, SectionRow> rows)
    {
        if (rows.Count == 0)
        {
            return null;
        }

        var sections = _industries.Sections.Select(i => rows.TryGetValue(i.Code, out var s)
                ? new SectionShare(i.Code, i.NameZh, s.SupplyShare.Value, s.DemandShare.Value, s.StructuralDeviation.Value, s.LocationQuotientSupply.Value, s.LocationQuotientDemand.Value)
                : new SectionShare(i.Code, i.NameZh, null, null))
            .ToList();
        return new SectionShareChartModel(string.Create(CultureInfo.InvariantCulture, $"{_regions.Name(scope.Code)} 在校生与产业增加值的行业结构（{_year}学年）"), "在校生占比", "增加值占比", sections);
    }

    private LocationQuotientChartModel? Quotients(ReportScope scope, Dictionary<string, SectionRow> rows)
    {
        if (rows.Count == 0)
        {
            return null;
        }

        var sections = _industries.Sections.Select(i => rows.TryGetValue(i.Code, out var s)
                ? new SectionQuotient(i.Code, i.NameZh, s.LocationQuotientSupply.Value, s.LocationQuotientDemand.Value)
                : new SectionQuotient(i.Code, i.NameZh, null, null))
            .ToList();
        return new LocationQuotientChartModel(string.Create(CultureInfo.InvariantCulture, $"{_regions.Name(scope.Code)} 区位熵（{_year}学年）"), sections);
    }

    private ProvinceTileMapModel ProvinceMap()
    {
        var provinces = _regions.Scopes(ScopeLevel.Province, null)
            .Select(p =>
            {
                var value = DashboardValue.Of(_quality.Figure(p.Code, _year, "placement_rate"));
                return new ProvinceValue(p.Code, _regions.Name(p.Code), value.Value, value.Suppressed);
            })
            .ToList();
        return new ProvinceTileMapModel(string.Create(CultureInfo.InvariantCulture, $"{_year}学年各省"), QualityIndicators.Get("placement_rate").NameZh, ValueFormat.Percent, provinces);
    }
}

using System.Globalization;
using VocEd.Reports.Charts;
using VocEd.Reports.Formatting;
using VocEd.Warehouse.Data;
using VocEd.Warehouse.Model.Cubes;
using VocEd.Warehouse.Model.Dimensions;

namespace VocEd.Reports.Dashboards.Data;

/// <summary>
/// Builds the site model from cube rows: a page for the nation, each province and each prefecture with
/// cube_quality rows in the year (school type all), within the scope. Rates and salaries are withheld where their
/// denominator is below the minimum. Temporary: the reports' shared query layer will feed the model instead.
/// </summary>
public sealed class DashboardModelBuilder
{
    private const string _enrollment = "enrollment";
    private const string _graduates = "graduates";
    private const string _valueAdded = "value_added";
    private const string _employment = "employment";

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

    private static readonly string[] _trendColumns = ["placement_rate", "further_study_rate", "related_rate", "local_employment_rate"];

    private readonly DashboardCubeData _data;
    private readonly QualityValues _values;
    private readonly int _minimumDenominator;
    private readonly Dictionary<string, DimRegion> _regions;
    private readonly Dictionary<(string, int), CubeQuality> _quality;
    private readonly Dictionary<(string, int, string, string), CubeAlignment> _alignment;
    private readonly ILookup<string, CubeAlignmentSection> _sections;

    public DashboardModelBuilder(DashboardCubeData data, int minimumDenominator)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentOutOfRangeException.ThrowIfNegative(minimumDenominator);
        _data = data;
        _minimumDenominator = minimumDenominator;
        _values = new QualityValues(minimumDenominator);
        _regions = data.Regions.ToDictionary(r => r.RegionCode, StringComparer.Ordinal);
        _quality = data.Quality.ToDictionary(q => (q.RegionCode, q.AcademicYear));
        _alignment = data.Alignment.ToDictionary(a => (a.RegionCode, a.Year, a.SupplyBasis, a.DemandBasis));
        _sections = data.SectionShares.ToLookup(s => s.RegionCode, StringComparer.Ordinal);
    }

    private int Year => _data.AcademicYear;

    /// <summary>Reads the cubes and builds the site of <paramref name="scope"/> for <paramref name="year"/> (null: the latest).</summary>
    public static async Task<DashboardSite> BuildAsync(WarehouseOptions options, string scope, int? year, int minimumDenominator, CancellationToken ct)
    {
        var data = await DashboardCubeReader.ReadAsync(options, year, ct).ConfigureAwait(false);
        return new DashboardModelBuilder(data, minimumDenominator).Build(scope);
    }

    /// <summary>The site of <paramref name="scope"/>'s subtree (CN: every page).</summary>
    public DashboardSite Build(string scope)
    {
        CheckScope(scope);
        var regions = _regions.Values
            .Where(r => _quality.ContainsKey((r.RegionCode, Year)) && SitePaths.InScope(r.RegionCode, scope))
            .OrderBy(r => r.RegionCode == SitePaths.Nation ? 0 : 1)
            .ThenBy(r => r.RegionCode, StringComparer.Ordinal)
            .ToList();
        var pages = regions.Select(Page).ToList();
        return new DashboardSite(Year, _data.RefreshedAtUtc, _minimumDenominator, pages);
    }

    private void CheckScope(string scope)
    {
        ArgumentNullException.ThrowIfNull(scope);
        if (!_regions.TryGetValue(scope, out var region) || region.RegionLevel != ExpectedLevel(scope))
        {
            throw new DashboardDataException($"unknown scope '{scope}': use CN, a 2-digit province code or a 4-digit prefecture code");
        }

        if (!_quality.ContainsKey((scope, Year)))
        {
            throw new DashboardDataException(string.Create(CultureInfo.InvariantCulture, $"the cubes hold no data for {scope} {region.NameZh} in academic year {Year}"));
        }
    }

    private static string? ExpectedLevel(string code) => code.Length switch
    {
        2 when code == SitePaths.Nation => DashboardRegion.Nation,
        2 when code.All(char.IsAsciiDigit) => DashboardRegion.Province,
        4 when code.All(char.IsAsciiDigit) => DashboardRegion.Prefecture,
        _ => null,
    };

    private static DashboardRegion Region(DimRegion region) => new(region.RegionCode, region.NameZh, region.RegionLevel);

    private List<DashboardRegion> Ancestors(DimRegion region)
    {
        var chain = new List<DashboardRegion>();
        var parent = region.ParentRegionCode;
        while (parent is not null && _regions.TryGetValue(parent, out var up))
        {
            chain.Insert(0, Region(up));
            parent = up.ParentRegionCode;
        }

        return chain;
    }

    private DashboardPage Page(DimRegion region)
    {
        var code = region.RegionCode;
        var parent = region.ParentRegionCode;
        var row = _quality[(code, Year)];
        _quality.TryGetValue((code, Year - 1), out var lastYear);
        CubeQuality? parentRow = parent is null ? null : _quality.GetValueOrDefault((parent, Year));
        var kpis = _kpis.Select(k => QualityTile(k.Column, k.Format, row, parentRow, lastYear, parent is not null)).ToList();
        if (region.RegionLevel == DashboardRegion.Prefecture)
        {
            kpis.Insert(7, QualityTile("local_city_employment_rate", ValueFormat.Percent, row, parentRow, lastYear, hasParent: true));
        }

        var isNation = region.RegionLevel == DashboardRegion.Nation;
        return new DashboardPage(
            Region(region),
            Ancestors(region),
            kpis,
            Alignment(region, row, parentRow, lastYear),
            Children(region),
            Trends(region),
            SectionShares(region),
            isNation ? null : Quotients(region),
            isNation ? ProvinceMap() : null);
    }

    private KpiTile QualityTile(string column, ValueFormat format, CubeQuality row, CubeQuality? parentRow, CubeQuality? lastYear, bool hasParent) => new(
        column,
        QualityValues.NameOf(column),
        format,
        _values.Of(row, column),
        hasParent ? _values.Of(parentRow, column) : null,
        _values.Of(lastYear, column));

    private KpiTile AlignmentTile(DimRegion region, string supply, string demand, string indicator, string label, ValueFormat format, Func<CubeAlignment, double?> value)
    {
        DashboardValue Of(string? code, int year) =>
            code is not null && _alignment.TryGetValue((code, year, supply, demand), out var a) && value(a) is { } v && !double.IsNaN(v) && !double.IsInfinity(v)
                ? new DashboardValue(v)
                : DashboardValue.None;

        return new KpiTile(
            $"{supply}/{demand}/{indicator}",
            label,
            format,
            Of(region.RegionCode, Year),
            region.ParentRegionCode is null ? null : Of(region.ParentRegionCode, Year),
            Of(region.RegionCode, Year - 1));
    }

    private AlignmentPanel Alignment(DimRegion region, CubeQuality row, CubeQuality? parentRow, CubeQuality? lastYear)
    {
        var hasParent = region.ParentRegionCode is not null;
        var localColumn = region.RegionLevel == DashboardRegion.Prefecture ? "local_city_employment_rate" : "local_employment_rate";
        var quality = new List<KpiTile>
        {
            QualityTile("related_rate", ValueFormat.Percent, row, parentRow, lastYear, hasParent),
            QualityTile(localColumn, ValueFormat.Percent, row, parentRow, lastYear, hasParent),
        };
        if (!_alignment.ContainsKey((region.RegionCode, Year, _enrollment, _valueAdded)))
        {
            return new AlignmentPanel([], [], quality, $"{region.NameZh}本学年没有产业需求数据（地区产业报送），总量与结构的适配指标无从计算。");
        }

        quality.Insert(0, AlignmentTile(region, _graduates, _employment, "match_degree", "毕业生与就业结构匹配度", ValueFormat.Index, a => a.MatchDegree));
        List<KpiTile> volume =
        [
            AlignmentTile(region, _enrollment, _employment, "supply_total", "在校生（折算到行业门类）", ValueFormat.Count, a => a.SupplyTotal),
            AlignmentTile(region, _enrollment, _employment, "demand_total", "从业人员（万人）", ValueFormat.Amount, a => a.DemandTotal),
            AlignmentTile(region, _enrollment, _employment, "students_per_10k_employed", "每万名从业人员对应在校生", ValueFormat.Amount, a => a.DemandTotal > 0 ? a.SupplyTotal / a.DemandTotal : null),
        ];
        List<KpiTile> structure =
        [
            AlignmentTile(region, _enrollment, _valueAdded, "mismatch_index", "错配指数（在校生—增加值）", ValueFormat.Index, a => a.MismatchIndex),
            AlignmentTile(region, _enrollment, _valueAdded, "match_degree", "匹配度（在校生—增加值）", ValueFormat.Index, a => a.MatchDegree),
            AlignmentTile(region, _enrollment, _valueAdded, "moore_angle_deg", "Moore 结构夹角", ValueFormat.Degrees, a => a.MooreAngleDeg),
            AlignmentTile(region, _enrollment, _valueAdded, "sector_mismatch_index", "三次产业错配指数", ValueFormat.Index, a => a.SectorMismatchIndex),
            AlignmentTile(region, _enrollment, _employment, "match_degree", "匹配度（在校生—从业人员）", ValueFormat.Index, a => a.MatchDegree),
        ];
        return new AlignmentPanel(volume, structure, quality);
    }

    private ChildRegionTable Children(DimRegion region)
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
        if (region.RegionLevel == DashboardRegion.Prefecture)
        {
            return new ChildRegionTable("下辖学校", columns, [], "地市是本站最低一级页面；各校的指标见本地区的《职业教育质量报告》。");
        }

        var rows = _regions.Values
            .Where(r => r.ParentRegionCode == region.RegionCode && _quality.ContainsKey((r.RegionCode, Year)))
            .OrderBy(r => r.RegionCode, StringComparer.Ordinal)
            .Select(r =>
            {
                var q = _quality[(r.RegionCode, Year)];
                var match = _alignment.TryGetValue((r.RegionCode, Year, _enrollment, _valueAdded), out var a) ? new DashboardValue(a.MatchDegree) : DashboardValue.None;
                return new ChildRegionRow(Region(r), HasPage: true,
                [
                    _values.Of(q, "schools"), _values.Of(q, "students"), _values.Of(q, "graduates"),
                    _values.Of(q, "placement_rate"), _values.Of(q, "related_rate"), match,
                ]);
            })
            .ToList();
        var caption = region.RegionLevel == DashboardRegion.Nation ? "各省" : "下辖地市";
        return new ChildRegionTable(caption, columns, rows, rows.Count == 0 ? "没有下级地区的数据。" : null);
    }

    private TrendChartModel Trends(DimRegion region)
    {
        var years = Enumerable.Range(Year - DashboardCubeReader.TrendYears + 1, DashboardCubeReader.TrendYears)
            .Where(y => _quality.ContainsKey((SitePaths.Nation, y)) || _quality.ContainsKey((region.RegionCode, y)))
            .ToList();
        var series = _trendColumns.Select(column => new TrendSeries(
                QualityValues.NameOf(column),
                years.Select(y => _values.Of(_quality.GetValueOrDefault((region.RegionCode, y)), column).Value).ToList()))
            .ToList();
        return new TrendChartModel($"{region.NameZh} 主要指标趋势", years, series, ValueFormat.Percent);
    }

    private SectionShareChartModel? SectionShares(DimRegion region)
    {
        var rows = _sections[region.RegionCode].ToDictionary(s => s.IndustrySection, StringComparer.Ordinal);
        if (rows.Count == 0)
        {
            return null;
        }

        var sections = _data.Sections.Select(i => rows.TryGetValue(i.SectionCode, out var s)
                ? new SectionShare(i.SectionCode, i.NameZh, s.SupplyShare, s.DemandShare, s.StructuralDeviation, s.LocationQuotientSupply, s.LocationQuotientDemand)
                : new SectionShare(i.SectionCode, i.NameZh, null, null))
            .ToList();
        return new SectionShareChartModel(string.Create(CultureInfo.InvariantCulture, $"{region.NameZh} 在校生与产业增加值的行业结构（{Year}学年）"), "在校生占比", "增加值占比", sections);
    }

    private LocationQuotientChartModel? Quotients(DimRegion region)
    {
        var rows = _sections[region.RegionCode].ToDictionary(s => s.IndustrySection, StringComparer.Ordinal);
        if (rows.Count == 0)
        {
            return null;
        }

        var sections = _data.Sections.Select(i => rows.TryGetValue(i.SectionCode, out var s)
                ? new SectionQuotient(i.SectionCode, i.NameZh, s.LocationQuotientSupply, s.LocationQuotientDemand)
                : new SectionQuotient(i.SectionCode, i.NameZh, null, null))
            .ToList();
        return new LocationQuotientChartModel(string.Create(CultureInfo.InvariantCulture, $"{region.NameZh} 区位熵（{Year}学年）"), sections);
    }

    private ProvinceTileMapModel ProvinceMap()
    {
        var provinces = _regions.Values
            .Where(r => r.RegionLevel == DashboardRegion.Province)
            .OrderBy(r => r.RegionCode, StringComparer.Ordinal)
            .Select(r =>
            {
                var value = _values.Of(_quality.GetValueOrDefault((r.RegionCode, Year)), "placement_rate");
                return new ProvinceValue(r.RegionCode, r.NameZh, value.Value, value.Suppressed);
            })
            .ToList();
        return new ProvinceTileMapModel(string.Create(CultureInfo.InvariantCulture, $"{Year}学年各省"), QualityValues.NameOf("placement_rate"), ValueFormat.Percent, provinces);
    }
}

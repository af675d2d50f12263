using System.Globalization;
using Microsoft.EntityFrameworkCore;
using VocEd.Reports.Catalog;
using VocEd.Reports.Cubes;
using VocEd.Reports.Models;
using VocEd.Warehouse.Data;
using VocEd.Warehouse.Indicators;
using VocEd.Warehouse.Reference;

namespace VocEd.Reports.Queries;

/// <summary>
/// Fills the 职业教育质量报告 model from the cubes (cube_quality, dim_region; never facts) for one region and academic
/// year: the comparisons with the nation, the parent region and last year, the child regions, the school types, the
/// last five years, the local employment rates, and the policy thresholds.
/// </summary>
public sealed class QualityReportQuery(WarehouseOptions options, IReadOnlyList<PolicyThresholdRef> thresholds, int minimumDenominator)
{
    private const string _all = SchoolTypeNames.All;
    private const int _trendYears = 5;

    /// <summary>The latest academic year with cube_quality rows for the region, or null when it has none.</summary>
    public async Task<int?> LatestYearAsync(ReportScope scope, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(scope);
        await using var db = WarehouseDbContextFactory.Create(options);
        return await db.CubeQuality.AsNoTracking()
            .Where(q => q.RegionCode == scope.Code && q.SchoolType == _all)
            .MaxAsync(q => (int?)q.AcademicYear, ct).ConfigureAwait(false);
    }

    public async Task<QualityReport> LoadAsync(ReportScope scope, int year, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(scope);
        var regions = await RegionDirectory.LoadAsync(options, ct).ConfigureAwait(false);
        regions.Require(scope);
        var yearRows = new CubeRows(await CubeReader.ReadAsync(options, CubeCatalog.Quality, null, year, ct).ConfigureAwait(false));
        var scopeRows = new CubeRows(await CubeReader.ReadAsync(options, CubeCatalog.Quality, scope.Code, null, ct).ConfigureAwait(false));
        var current = Row(scopeRows, scope.Code, year, _all)
            ?? throw new ReportNoDataException(string.Create(CultureInfo.InvariantCulture,
                $"no data for {scope.Code} {regions.Name(scope.Code)} in academic year {year}: cube_quality has no row (years with data: {YearsText(scopeRows)})"));

        var header = new ReportHeader(
            ReportCatalog.RegionalQualityId,
            ReportCatalog.RegionalQuality.Title,
            scope.Code,
            regions.Name(scope.Code),
            scope.Level,
            scope.ParentCode is { } p ? regions.Name(p) : null,
            year,
            yearRows.RefreshedAt(),
            minimumDenominator,
            await CrosswalkVersions.DescribeAsync(options, year, ct).ConfigureAwait(false));

        var nation = Row(yearRows, ReportScope.NationCode, year, _all);
        var parent = scope.ParentCode is { } parentCode ? Row(yearRows, parentCode, year, _all) : null;
        var lastYear = Row(scopeRows, scope.Code, year - 1, _all);
        var kpis = QualityIndicators.Kpis.Select(column =>
        {
            var value = scopeRows.Figure(current, column, minimumDenominator);
            var before = scopeRows.Figure(lastYear, column, minimumDenominator);
            return new KpiRow(
                column,
                value,
                yearRows.Figure(nation, column, minimumDenominator),
                yearRows.Figure(parent, column, minimumDenominator),
                before,
                value.ChangeFrom(before, InPoints(QualityIndicators.Get(column))));
        }).ToList();

        var types = SchoolTypeNames.Types.Where(t => Row(scopeRows, scope.Code, year, t) is not null).ToList();
        var cubeThresholds = thresholds.Where(t => IndicatorRegistry.Find(CubeCatalog.Quality.Table, t.Indicator) is not null).ToList();
        var thresholdRows = types.SelectMany(type => cubeThresholds.Where(t => t.SchoolType == type).Select(t =>
        {
            var value = scopeRows.Figure(Row(scopeRows, scope.Code, year, type), t.Indicator, minimumDenominator);
            return new ThresholdRow(type, SchoolTypeNames.Name(type), t.Indicator, value, t.Comparison, t.Value, t.Unit, t.Level, t.IsBreachedBy(value.Value), t.Source);
        })).ToList();

        var schoolTypes = types.Select(type =>
        {
            var values = scopeRows.Values(Row(scopeRows, scope.Code, year, type), minimumDenominator);
            var breached = cubeThresholds.Where(t => t.SchoolType == type && t.IsBreachedBy(values[t.Indicator].Value) == true).Select(t => t.Indicator).ToHashSet(StringComparer.Ordinal);
            return new SchoolTypeRow(type, SchoolTypeNames.Name(type), values, breached);
        }).ToList();

        var trend = Enumerable.Range(year - _trendYears + 1, _trendYears)
            .Select(y => (Year: y, Row: Row(scopeRows, scope.Code, y, _all)))
            .Where(x => x.Row is not null)
            .Select(x => new TrendRow(x.Year, scopeRows.Values(x.Row, minimumDenominator)))
            .ToList();

        var destinations = new DestinationsSheet(
            // TODO(cube_destination): graduates by destination group with shares, once the cube exists.
            [],
            PendingCubes.DestinationGroups,
            scopeRows.Long(current, "graduates"),
            scopeRows.Long(current, "employed"),
            scopeRows.Figure(current, "local_employment_rate", minimumDenominator),
            scopeRows.Figure(current, "local_city_employment_rate", minimumDenominator));

        return new QualityReport(
            header,
            new QualityOverview(kpis, thresholdRows),
            Children(scope, year, regions, yearRows, cubeThresholds),
            schoolTypes,
            trend,
            destinations,
            // TODO(cube_submission_status): each school's submissions of the year (status, lateness, rows, quarantine), once the cube exists.
            new DataQualitySheet([], PendingCubes.SubmissionStatus),
            NotesBuilder.Build(QualityIndicators.All, thresholds));
    }

    private RegionsSheet Children(ReportScope scope, int year, RegionDirectory regions, CubeRows yearRows, IReadOnlyList<PolicyThresholdRef> cubeThresholds)
    {
        if (scope.Level == ScopeLevel.Prefecture)
        {
            // TODO(cube_quality_school): a prefecture's 分地区 lists its schools (name, type, every indicator, breach_<indicator>,
            // student_count_mismatch) from cube_quality_school; the per-school threshold (fulltime_teachers) belongs there too.
            return new RegionsSheet("学校", [], PendingCubes.SchoolRows);
        }

        var rows = regions.ChildrenOf(scope)
            .Select(code => (Code: code, Row: Row(yearRows, code, year, _all)))
            .Where(x => x.Row is not null)
            .Select(x =>
            {
                var breaches = SchoolTypeNames.Types.SelectMany(type =>
                {
                    var typeRow = Row(yearRows, x.Code, year, type);
                    return typeRow is null
                        ? []
                        : cubeThresholds.Where(t => t.SchoolType == type && t.IsBreachedBy(yearRows.Number(typeRow, t.Indicator)) == true)
                            .Select(t => $"{SchoolTypeNames.Name(type)} {QualityIndicators.Get(t.Indicator).NameZh}");
                }).ToList();
                return new RegionRow(x.Code, regions.Name(x.Code), false, null, yearRows.Values(x.Row, minimumDenominator), breaches);
            })
            .OrderByDescending(r => r.Values["placement_rate"].Value ?? double.NegativeInfinity)
            .ThenBy(r => r.Code, StringComparer.Ordinal)
            .ToList();
        var kind = scope.Level == ScopeLevel.Nation ? "省份" : "地市";
        return new RegionsSheet(kind, rows, rows.Count == 0 ? $"暂无下级地区（{kind}）数据。" : null);
    }

    /// <summary>Rates and fractions change in percentage points; everything else in its own unit.</summary>
    public static bool InPoints(Indicator indicator)
    {
        ArgumentNullException.ThrowIfNull(indicator);
        return indicator.Unit.StartsWith("fraction", StringComparison.Ordinal);
    }

    private static object?[]? Row(CubeRows rows, string region, int year, string type) =>
        rows.Find(("region_code", region), ("academic_year", (long)year), ("school_type", type));

    private static string YearsText(CubeRows rows)
    {
        var years = rows.Rows.Select(r => rows.Long(r, "academic_year")).Distinct().Order().ToList();
        return years.Count == 0 ? "none" : string.Join(", ", years);
    }
}

using System.Globalization;
using Microsoft.EntityFrameworkCore;
using VocEd.Reports.Catalog;
using VocEd.Reports.Cubes;
using VocEd.Reports.Models;
using VocEd.Warehouse.Data;
using VocEd.Warehouse.Indicators;
using VocEd.Warehouse.Model.Etl;
using VocEd.Warehouse.Reference;

namespace VocEd.Reports.Queries;

/// <summary>
/// Fills the 职业教育质量报告 model from the cubes (cube_quality, cube_quality_school, cube_destination,
/// cube_submission_status and cube_submission_coverage, dim_region, dim_destination; never facts) for one region and
/// academic year: the comparisons with the nation, the parent region and last year, the child regions (a prefecture's
/// schools), the school types, the last five years, the destination groups and local employment rates, who submitted
/// what, and the policy thresholds.
/// </summary>
public sealed class QualityReportQuery(WarehouseOptions options, IReadOnlyList<PolicyThresholdRef> thresholds, int minimumDenominator)
{
    /// <summary>Years of history the trend shows, the report's year included (the dashboards' trend charts too).</summary>
    public const int TrendYears = 5;

    private const string _all = SchoolTypeNames.All;
    private static readonly string[] _kinds = [SubmissionKinds.SchoolProfile, SubmissionKinds.Enrollment, SubmissionKinds.GraduateDestination];

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
        var yearRows = new QualityFigures(await CubeRows.ReadAsync(options, CubeCatalog.Quality, CubeSlice.Of(null, year), ct).ConfigureAwait(false), minimumDenominator);
        var scopeRows = new QualityFigures(await CubeRows.ReadAsync(options, CubeCatalog.Quality, CubeSlice.Of(scope.Code, null), ct).ConfigureAwait(false), minimumDenominator);
        if (!scopeRows.Has(scope.Code, year))
        {
            var years = scopeRows.Years();
            throw new ReportNoDataException(string.Create(CultureInfo.InvariantCulture,
                $"no data for {scope.Code} {regions.Name(scope.Code)} in academic year {year}: cube_quality has no row (years with data: {(years.Count == 0 ? "none" : string.Join(", ", years))})"));
        }

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

        var kpis = QualityIndicators.Kpis.Select(column => scopeRows.Compare(column, scope, year, yearRows)).ToList();

        var types = SchoolTypeNames.Types.Where(t => scopeRows.Has(scope.Code, year, t)).ToList();
        var cubeThresholds = thresholds.Where(t => IndicatorRegistry.Find(CubeCatalog.Quality.Table, t.Indicator) is not null).ToList();
        var thresholdRows = types.SelectMany(type => cubeThresholds.Where(t => t.SchoolType == type).Select(t =>
        {
            var value = scopeRows.Figure(scope.Code, year, t.Indicator, type);
            return new ThresholdRow(type, SchoolTypeNames.Name(type), t.Indicator, value, t.Comparison, t.Value, t.Unit, t.Level, t.IsBreachedBy(value.Value), t.Source);
        })).ToList();

        var schoolTypes = types.Select(type =>
        {
            var values = scopeRows.Values(scope.Code, year, type);
            var breached = cubeThresholds.Where(t => t.SchoolType == type && t.IsBreachedBy(values[t.Indicator].Value) == true).Select(t => t.Indicator).ToHashSet(StringComparer.Ordinal);
            return new SchoolTypeRow(type, SchoolTypeNames.Name(type), values, breached);
        }).ToList();

        var trend = Enumerable.Range(year - TrendYears + 1, TrendYears)
            .Where(y => scopeRows.Has(scope.Code, y))
            .Select(y => new TrendRow(y, scopeRows.Values(scope.Code, y)))
            .ToList();

        var groups = await DestinationGroupsAsync(scope, year, ct).ConfigureAwait(false);
        var destinations = new DestinationsSheet(
            groups,
            groups.Count == 0 ? string.Create(CultureInfo.InvariantCulture, $"本地区暂无{year + 1}届毕业生的毕业去向数据。") : null,
            scopeRows.Long(scope.Code, year, "graduates"),
            scopeRows.Long(scope.Code, year, "employed"),
            scopeRows.Figure(scope.Code, year, "local_employment_rate"),
            scopeRows.Figure(scope.Code, year, "local_city_employment_rate"));

        return new QualityReport(
            header,
            new QualityOverview(kpis, thresholdRows),
            await ChildrenAsync(scope, year, regions, yearRows, cubeThresholds, ct).ConfigureAwait(false),
            schoolTypes,
            trend,
            destinations,
            await DataQualityAsync(scope, year, ct).ConfigureAwait(false),
            NotesBuilder.Build([.. QualityIndicators.All, QualityIndicators.StudentCountMismatch, QualityIndicators.FulltimeTeachers], thresholds));
    }

    private async Task<RegionsSheet> ChildrenAsync(ReportScope scope, int year, RegionDirectory regions, QualityFigures yearRows, IReadOnlyList<PolicyThresholdRef> cubeThresholds, CancellationToken ct)
    {
        if (scope.Level == ScopeLevel.Prefecture)
        {
            return await SchoolsAsync(scope, year, ct).ConfigureAwait(false);
        }

        var rows = regions.ChildrenOf(scope)
            .Where(code => yearRows.Has(code, year))
            .Select(code =>
            {
                var breaches = SchoolTypeNames.Types.Where(type => yearRows.Has(code, year, type)).SelectMany(type =>
                    cubeThresholds.Where(t => t.SchoolType == type && t.IsBreachedBy(yearRows.Number(code, year, t.Indicator, type)) == true)
                        .Select(t => $"{SchoolTypeNames.Name(type)} {QualityIndicators.Get(t.Indicator).NameZh}")).ToList();
                return new RegionRow(code, regions.Name(code), false, null, yearRows.Values(code, year), breaches, yearRows.Flag(code, year, "student_count_mismatch"));
            })
            .OrderByDescending(r => r.Values["placement_rate"].Value ?? double.NegativeInfinity)
            .ThenBy(r => r.Code, StringComparer.Ordinal)
            .ToList();
        var kind = scope.Level == ScopeLevel.Nation ? "省份" : "地市";
        return new RegionsSheet(kind, rows, rows.Count == 0 ? $"暂无下级地区（{kind}）数据。" : null);
    }

    /// <summary>
    /// A prefecture's 分地区: its schools from cube_quality_school, each with every indicator, the thresholds of its type
    /// it misses (the per-school 专任教师数 among them) and whether its student counts disagree.
    /// </summary>
    private async Task<RegionsSheet> SchoolsAsync(ReportScope scope, int year, CancellationToken ct)
    {
        var schools = new CubeRows(await CubeReader.ReadAsync(options, CubeCatalog.QualitySchool, scope.Code, year, ct).ConfigureAwait(false));
        var rows = schools.Rows
            .Select(r =>
            {
                var type = schools.Text(r, "school_type");
                var breaches = ThresholdIndicators.All
                    .Where(i => schools.Get(r, ThresholdIndicators.BreachColumn(i)) is true)
                    .Select(i => $"{SchoolTypeNames.Name(type)} {QualityIndicators.Get(i).NameZh}")
                    .ToList();
                return new RegionRow(schools.Text(r, "school_code"), schools.Text(r, "school_name"), true, SchoolTypeNames.Name(type),
                    schools.Values(r, minimumDenominator), breaches, schools.Get(r, "student_count_mismatch") as bool?);
            })
            .OrderByDescending(r => r.Values["placement_rate"].Value ?? double.NegativeInfinity)
            .ThenBy(r => r.Code, StringComparer.Ordinal)
            .ToList();
        return new RegionsSheet("学校", rows, rows.Count == 0 ? "本地区本学年没有学校数据。" : null);
    }

    /// <summary>毕业去向: the region's graduates (all school types) by destination group from cube_destination, with the group's codes.</summary>
    private async Task<IReadOnlyList<DestinationRow>> DestinationGroupsAsync(ReportScope scope, int year, CancellationToken ct)
    {
        var cube = new CubeRows(await CubeReader.ReadAsync(options, CubeCatalog.Destination, scope.Code, year, ct).ConfigureAwait(false));
        Dictionary<string, string> codes;
        await using (var db = WarehouseDbContextFactory.Create(options))
        {
            codes = (await db.DimDestinations.AsNoTracking().Where(d => d.DestinationKey > 0).Select(d => new { d.ReportGroup, d.DestinationCode })
                    .ToListAsync(ct).ConfigureAwait(false))
                .GroupBy(d => d.ReportGroup, StringComparer.Ordinal)
                .ToDictionary(g => g.Key, g => string.Join("、", g.Select(d => d.DestinationCode).Order(StringComparer.Ordinal)), StringComparer.Ordinal);
        }

        return [.. DestinationRef.ReportGroups
            .Select(g => (Group: g, Row: cube.Find(("school_type", _all), ("destination_group", g))))
            .Where(x => x.Row is not null)
            .Select(x => new DestinationRow(x.Group, DestinationGroupNames.Name(x.Group), codes.GetValueOrDefault(x.Group, string.Empty),
                cube.Long(x.Row!, "graduates"), cube.Figure(x.Row, "graduate_share", minimumDenominator)))];
    }

    /// <summary>
    /// 数据质量: every expected school of the region and its three submissions (cube_submission_status), the schools with
    /// a problem first (missing, quarantined, pending, late), and the totals per kind (cube_submission_coverage).
    /// </summary>
    private async Task<DataQualitySheet> DataQualityAsync(ReportScope scope, int year, CancellationToken ct)
    {
        var status = new CubeRows(await CubeReader.ReadAsync(options, CubeCatalog.SubmissionStatus, scope.Code, year, ct).ConfigureAwait(false));
        var coverage = new CubeRows(await CubeReader.ReadAsync(options, CubeCatalog.SubmissionCoverage, scope.Code, year, ct).ConfigureAwait(false));
        var rows = status.Rows.Select(r => new SubmissionStatusRow(
            status.Text(r, "school_code"), status.Text(r, "school_name"), status.Text(r, "submission_kind"), status.Text(r, "status"),
            status.Get(r, "is_late") as bool?, status.Long(r, "rows_read"), status.Long(r, "rows_loaded"), status.Long(r, "rows_rejected"),
            (int)status.Long(r, "quarantined_files"))).ToList();
        var worst = rows.GroupBy(r => r.SchoolCode, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Min(Urgency), StringComparer.Ordinal);
        rows = [.. rows.OrderBy(r => worst[r.SchoolCode]).ThenBy(r => r.SchoolCode, StringComparer.Ordinal).ThenBy(r => Array.IndexOf(_kinds, r.Kind))];
        var totals = _kinds
            .Select(kind => (Kind: kind, Row: coverage.Find(("submission_kind", kind))))
            .Where(x => x.Row is not null)
            .Select(x => new SubmissionCoverageRow(
                x.Kind, coverage.Long(x.Row!, "schools_expected"), coverage.Long(x.Row!, "schools_submitted"), coverage.Long(x.Row!, "schools_on_time"),
                coverage.Long(x.Row!, "schools_late"), coverage.Long(x.Row!, "schools_missing"), coverage.Long(x.Row!, "schools_pending"),
                coverage.Long(x.Row!, "schools_quarantined"), coverage.Long(x.Row!, "rows_read"), coverage.Long(x.Row!, "rows_loaded"),
                coverage.Long(x.Row!, "rows_rejected"), coverage.Figure(x.Row, "rejection_rate", minimumDenominator),
                rows.Where(r => r.Kind == x.Kind).Sum(r => (long)r.QuarantinedFiles)))
            .ToList();
        return new DataQualitySheet(rows, rows.Count == 0 ? "本地区本学年没有应报送的学校（上一学年和本学年均无已入库的学校基本情况）。" : null) { Totals = totals };
    }

    /// <summary>How urgently a school must be chased for a submission: missing first, then quarantined, pending, late, on time.</summary>
    private static int Urgency(SubmissionStatusRow row) => row.Status switch
    {
        "missing" => 0,
        "quarantined" => 1,
        "pending" => 2,
        _ => row.IsLate == true ? 3 : 4,
    };
}

using System.Globalization;
using Microsoft.EntityFrameworkCore;
using VocEd.Reports.Catalog;
using VocEd.Reports.Cubes;
using VocEd.Reports.Models;
using VocEd.Warehouse.Data;
using VocEd.Warehouse.Indicators;

namespace VocEd.Reports.Queries;

/// <summary>
/// Fills the 专业设置与产业需求适配分析 model from the cubes (cube_alignment, cube_alignment_section, cube_graduate_fit,
/// cube_priority_coverage, dim_region, dim_industry, dim_major_category; never facts) for one region and academic year.
/// </summary>
public sealed class AlignmentReportQuery(WarehouseOptions options, int minimumDenominator)
{
    /// <summary>The alignment indicators of 概览, in order.</summary>
    public static IReadOnlyList<string> OverviewColumns { get; } = ["mismatch_index", "match_degree", "moore_angle_deg", "sector_mismatch_index"];

    /// <summary>The latest year with cube_alignment rows for the region (it needs the region's demand data), or null.</summary>
    public async Task<int?> LatestYearAsync(ReportScope scope, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(scope);
        await using var db = WarehouseDbContextFactory.Create(options);
        return await db.CubeAlignment.AsNoTracking().Where(a => a.RegionCode == scope.Code).MaxAsync(a => (int?)a.Year, ct).ConfigureAwait(false);
    }

    public async Task<AlignmentReport> LoadAsync(ReportScope scope, int year, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(scope);
        var regions = await RegionDirectory.LoadAsync(options, ct).ConfigureAwait(false);
        regions.Require(scope);
        var yearRows = new AlignmentFigures(await CubeRows.ReadAsync(options, CubeCatalog.Alignment, CubeSlice.Of(null, year), ct).ConfigureAwait(false), minimumDenominator);
        var scopeRows = new AlignmentFigures(await CubeRows.ReadAsync(options, CubeCatalog.Alignment, CubeSlice.Of(scope.Code, null), ct).ConfigureAwait(false), minimumDenominator);
        var years = scopeRows.Years();
        if (!years.Contains(year))
        {
            throw new ReportNoDataException(string.Create(CultureInfo.InvariantCulture,
                $"no data for {scope.Code} {regions.Name(scope.Code)} in year {year}: cube_alignment has no row, the region has no regional_industry data that year (years with data: {(years.Count == 0 ? "none" : string.Join(", ", years))})"));
        }

        var sections = new SectionFigures(await CubeRows.ReadAsync(options, CubeCatalog.AlignmentSection, CubeSlice.Of(scope.Code, year), ct).ConfigureAwait(false), minimumDenominator);
        var fit = new CubeRows(await CubeReader.ReadAsync(options, CubeCatalog.GraduateFit, scope.Code, year + 1, ct).ConfigureAwait(false));
        var industries = await IndustryDirectory.LoadAsync(options, ct).ConfigureAwait(false);
        var categories = await CategoryNamesAsync(ct).ConfigureAwait(false);

        var header = new ReportHeader(
            ReportCatalog.MajorIndustryAlignmentId,
            ReportCatalog.MajorIndustryAlignment.Title,
            scope.Code,
            regions.Name(scope.Code),
            scope.Level,
            scope.ParentCode is { } p ? regions.Name(p) : null,
            year,
            yearRows.RefreshedAt(),
            minimumDenominator,
            await CrosswalkVersions.DescribeAsync(options, year, ct).ConfigureAwait(false));

        var overview = Bases.Pairs
            .Where(pair => scopeRows.Has(scope.Code, year, pair.Supply, pair.Demand))
            .SelectMany(pair => OverviewColumns.Select(column => scopeRows.Compare(pair.Supply, pair.Demand, column, scope, year, yearRows)))
            .ToList();

        var sectionRows = Bases.Pairs.SelectMany(pair => sections.Of(scope.Code, year, pair.Supply, pair.Demand, industries)).ToList();

        var sectorRows = sectionRows.GroupBy(s => (s.SupplyBasis, s.DemandBasis, s.Sector)).Where(g => g.Key.Sector is >= 1 and <= 3).Select(g =>
        {
            var supplyShare = g.Sum(s => s.SupplyShare.Value ?? 0);
            var demandShare = g.Sum(s => s.DemandShare.Value ?? 0);
            return new SectorRow(g.Key.SupplyBasis, g.Key.DemandBasis, g.Key.Sector, SectorNames.Name(g.Key.Sector),
                Figure.Of(supplyShare), Figure.Of(demandShare), Figure.Of((supplyShare - demandShare) * 100));
        }).ToList();

        var children = regions.ChildrenOf(scope)
            .Where(code => yearRows.Has(code, year, Bases.Enrollment, Bases.ValueAdded))
            .Select(code => new ChildAlignmentRow(
                code,
                regions.Name(code),
                yearRows.Figure(code, year, Bases.Enrollment, Bases.ValueAdded, "mismatch_index"),
                yearRows.Figure(code, year, Bases.Enrollment, Bases.ValueAdded, "match_degree"),
                yearRows.Figure(code, year, Bases.Enrollment, Bases.ValueAdded, "moore_angle_deg"),
                yearRows.Figure(code, year, Bases.Enrollment, Bases.ValueAdded, "sector_mismatch_index")))
            .OrderBy(r => r.MismatchIndex.Value ?? double.PositiveInfinity)
            .ThenBy(r => r.Code, StringComparer.Ordinal)
            .ToList();
        var childNote = scope.Level == ScopeLevel.Prefecture
            ? "地市以下不再分地区计算匹配指标。"
            : children.Count == 0 ? $"下级地区（{(scope.Level == ScopeLevel.Nation ? "省份" : "地市")}）均无本年产业需求数据，无法计算匹配指标。" : null;

        var fitRows = fit.Rows
            .Select(r =>
            {
                var code = fit.Text(r, "major_category_code");
                var label = fit.Text(r, "major_category_name");
                return new GraduateFitRow(
                    code,
                    label.Length > 0 ? label : categories.TryGetValue(code, out var name) ? name : code,
                    fit.Long(r, "graduates"),
                    fit.Long(r, "employed"),
                    fit.Figure(r, "industry_match_rate", minimumDenominator),
                    fit.Figure(r, "local_employment_rate", minimumDenominator),
                    fit.Figure(r, "priority_industry_rate", minimumDenominator));
            })
            .OrderBy(r => r.CategoryCode, StringComparer.Ordinal)
            .ToList();

        return new AlignmentReport(
            header,
            overview,
            new SectionsSheet(sectionRows, sectionRows.Count == 0 ? "暂无行业结构数据。" : null),
            new SectorsSheet(sectorRows, sectorRows.Count == 0 ? "暂无三次产业数据。" : null),
            new ChildAlignmentSheet(children, childNote),
            new GraduateFitSheet(year + 1, fitRows, fitRows.Count == 0 ? string.Create(CultureInfo.InvariantCulture, $"暂无{year + 1}届毕业生的适配数据。") : null),
            await PriorityCoverageAsync(scope, year, ct).ConfigureAwait(false),
            NotesBuilder.Build(
                [
                    .. OverviewColumns.Select(c => IndicatorRegistry.Find(CubeCatalog.Alignment.Table, c)!),
                    .. IndicatorRegistry.ForCube(CubeCatalog.AlignmentSection.Table).Where(i => i.Kind != IndicatorKind.Amount),
                    .. IndicatorRegistry.ForCube(CubeCatalog.GraduateFit.Table),
                    .. IndicatorRegistry.ForCube(CubeCatalog.PriorityCoverage.Table),
                ],
                []));
    }

    /// <summary>重点产业覆盖 from cube_priority_coverage: one row per priority, or a note when the region's flags come from no file.</summary>
    private async Task<PriorityCoverageSheet> PriorityCoverageAsync(ReportScope scope, int year, CancellationToken ct)
    {
        var cube = new CubeRows(await CubeReader.ReadAsync(options, CubeCatalog.PriorityCoverage, scope.Code, year, ct).ConfigureAwait(false));
        var rows = PriorityNames.All
            .Select(p => (Priority: p, Row: cube.Find(("priority", p))))
            .Where(x => x.Row is not null)
            .Select(x => new PriorityCoverageRow(x.Priority, PriorityNames.Name(x.Priority), cube.Number(x.Row!, "students") ?? 0, cube.Figure(x.Row, "share", minimumDenominator)))
            .ToList();
        var note = scope.Level == ScopeLevel.Nation
            ? "全国没有国家级的地区产业数据（地区代码CN），无法判断重点产业覆盖。"
            : string.Create(CultureInfo.InvariantCulture, $"本地区没有{year}年自己的地区产业数据（重点产业标注），无法判断重点产业覆盖。");
        return new PriorityCoverageSheet(rows, rows.Count == 0 ? note : null);
    }

    private async Task<Dictionary<string, string>> CategoryNamesAsync(CancellationToken ct)
    {
        await using var db = WarehouseDbContextFactory.Create(options);
        var categories = await db.DimMajorCategories.AsNoTracking().Where(c => c.Level == "associate" || c.Level == "technical")
            .Select(c => new { c.MajorCategoryCode, c.NameZh }).ToListAsync(ct).ConfigureAwait(false);
        return categories.GroupBy(c => c.MajorCategoryCode, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First().NameZh, StringComparer.Ordinal);
    }
}

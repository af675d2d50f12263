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
        var yearRows = new CubeRows(await CubeReader.ReadAsync(options, CubeCatalog.Alignment, null, year, ct).ConfigureAwait(false));
        var scopeRows = new CubeRows(await CubeReader.ReadAsync(options, CubeCatalog.Alignment, scope.Code, null, ct).ConfigureAwait(false));
        if (!scopeRows.Where(("year", (long)year)).Any())
        {
            var years = scopeRows.Rows.Select(r => scopeRows.Long(r, "year")).Distinct().Order().ToList();
            throw new ReportNoDataException(string.Create(CultureInfo.InvariantCulture,
                $"no data for {scope.Code} {regions.Name(scope.Code)} in year {year}: cube_alignment has no row, the region has no regional_industry data that year (years with data: {(years.Count == 0 ? "none" : string.Join(", ", years))})"));
        }

        var sections = new CubeRows(await CubeReader.ReadAsync(options, CubeCatalog.AlignmentSection, scope.Code, year, ct).ConfigureAwait(false));
        var fit = new CubeRows(await CubeReader.ReadAsync(options, CubeCatalog.GraduateFit, scope.Code, year + 1, ct).ConfigureAwait(false));
        var (industries, categories) = await NamesAsync(ct).ConfigureAwait(false);

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

        var overview = new List<AlignmentKpiRow>();
        foreach (var (supply, demand) in Bases.Pairs)
        {
            var current = Pair(scopeRows, scope.Code, year, supply, demand);
            if (current is null)
            {
                continue;
            }

            var nation = Pair(yearRows, ReportScope.NationCode, year, supply, demand);
            var before = Pair(scopeRows, scope.Code, year - 1, supply, demand);
            overview.AddRange(OverviewColumns.Select(column =>
            {
                var value = scopeRows.Figure(current, column, minimumDenominator);
                var last = scopeRows.Figure(before, column, minimumDenominator);
                return new AlignmentKpiRow(supply, demand, column, value, yearRows.Figure(nation, column, minimumDenominator), last, value.ChangeFrom(last, inPoints: false));
            }));
        }

        var sectionRows = Bases.Pairs.SelectMany(pair => sections.Where(("supply_basis", pair.Supply), ("demand_basis", pair.Demand))
            .OrderBy(r => sections.Text(r, "industry_section"), StringComparer.Ordinal)
            .Select(r =>
            {
                var code = sections.Text(r, "industry_section");
                var (name, sector) = industries.TryGetValue(code, out var industry) ? industry : (code, 0);
                var supplyShare = sections.Number(r, "supply_share") ?? 0;
                var demandShare = sections.Number(r, "demand_share") ?? 0;
                var deviation = sections.Number(r, "structural_deviation");
                return new SectionRow(
                    pair.Supply, pair.Demand, code, name, sector,
                    sections.Figure(r, "supply_share", minimumDenominator),
                    sections.Figure(r, "demand_share", minimumDenominator),
                    sections.Figure(r, "structural_deviation", minimumDenominator),
                    sections.Figure(r, "location_quotient_supply", minimumDenominator),
                    sections.Figure(r, "location_quotient_demand", minimumDenominator),
                    SectionFlags.Of(supplyShare, demandShare, deviation));
            })).ToList();

        var sectorRows = sectionRows.GroupBy(s => (s.SupplyBasis, s.DemandBasis, s.Sector)).Where(g => g.Key.Sector is >= 1 and <= 3).Select(g =>
        {
            var supplyShare = g.Sum(s => s.SupplyShare.Value ?? 0);
            var demandShare = g.Sum(s => s.DemandShare.Value ?? 0);
            return new SectorRow(g.Key.SupplyBasis, g.Key.DemandBasis, g.Key.Sector, SectorNames.Name(g.Key.Sector),
                Figure.Of(supplyShare), Figure.Of(demandShare), Figure.Of((supplyShare - demandShare) * 100));
        }).ToList();

        var children = regions.ChildrenOf(scope)
            .Select(code => (Code: code, Row: Pair(yearRows, code, year, Bases.Enrollment, Bases.ValueAdded)))
            .Where(x => x.Row is not null)
            .Select(x => new ChildAlignmentRow(
                x.Code,
                regions.Name(x.Code),
                yearRows.Figure(x.Row, "mismatch_index", minimumDenominator),
                yearRows.Figure(x.Row, "match_degree", minimumDenominator),
                yearRows.Figure(x.Row, "moore_angle_deg", minimumDenominator),
                yearRows.Figure(x.Row, "sector_mismatch_index", minimumDenominator)))
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

    private async Task<(Dictionary<string, (string Name, int Sector)> Industries, Dictionary<string, string> Categories)> NamesAsync(CancellationToken ct)
    {
        await using var db = WarehouseDbContextFactory.Create(options);
        var industries = await db.DimIndustries.AsNoTracking().Where(i => i.IndustryKey > 0)
            .Select(i => new { i.SectionCode, i.NameZh, i.Sector }).ToListAsync(ct).ConfigureAwait(false);
        var categories = await db.DimMajorCategories.AsNoTracking().Where(c => c.Level == "associate" || c.Level == "technical")
            .Select(c => new { c.MajorCategoryCode, c.NameZh }).ToListAsync(ct).ConfigureAwait(false);
        return (
            industries.ToDictionary(i => i.SectionCode, i => (i.NameZh, i.Sector), StringComparer.Ordinal),
            categories.GroupBy(c => c.MajorCategoryCode, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First().NameZh, StringComparer.Ordinal));
    }

    private static object?[]? Pair(CubeRows rows, string region, int year, string supply, string demand) =>
        rows.Find(("region_code", region), ("year", (long)year), ("supply_basis", supply), ("demand_basis", demand));
}

using VocEd.Reports.Cubes;
using VocEd.Reports.Models;

namespace VocEd.Reports.Queries;

/// <summary>
/// cube_alignment_section rows read in one statement (a <see cref="CubeSlice"/>) and a region's sections as
/// <see cref="SectionRow"/>s: the alignment report's 行业结构 and the dashboards' section and location-quotient charts.
/// </summary>
internal sealed class SectionFigures(CubeRows rows, int minimumDenominator)
{
    /// <summary>The region's sections with rows for the year and bases, in section order, named from dim_industry and flagged (供给偏多 / 供给偏少).</summary>
    public IReadOnlyList<SectionRow> Of(string region, int year, string supply, string demand, IndustryDirectory industries)
    {
        ArgumentNullException.ThrowIfNull(industries);
        return [.. rows.Where(("region_code", region), ("year", (long)year), ("supply_basis", supply), ("demand_basis", demand))
            .OrderBy(r => rows.Text(r, "industry_section"), StringComparer.Ordinal)
            .Select(r =>
            {
                var section = industries.Find(rows.Text(r, "industry_section"));
                var supplyShare = rows.Number(r, "supply_share") ?? 0;
                var demandShare = rows.Number(r, "demand_share") ?? 0;
                var deviation = rows.Number(r, "structural_deviation");
                return new SectionRow(
                    supply, demand, section.Code, section.NameZh, section.Sector,
                    rows.Figure(r, "supply_share", minimumDenominator),
                    rows.Figure(r, "demand_share", minimumDenominator),
                    rows.Figure(r, "structural_deviation", minimumDenominator),
                    rows.Figure(r, "location_quotient_supply", minimumDenominator),
                    rows.Figure(r, "location_quotient_demand", minimumDenominator),
                    SectionFlags.Of(supplyShare, demandShare, deviation));
            })];
    }
}

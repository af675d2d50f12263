using VocEd.Reports.Catalog;
using VocEd.Reports.Cubes;
using VocEd.Reports.Models;

namespace VocEd.Reports.Queries;

/// <summary>
/// cube_alignment rows read in one statement (a <see cref="CubeSlice"/>) and their indicators by region, year and
/// supply × demand basis: what the alignment report and the dashboards' alignment panel read.
/// </summary>
internal sealed class AlignmentFigures(CubeRows rows, int minimumDenominator)
{
    /// <summary>True when the region has a row for the year and bases (it needs the region's own industry data).</summary>
    public bool Has(string region, int year, string supply, string demand) => Row(region, year, supply, demand) is not null;

    public Figure Figure(string region, int year, string supply, string demand, string column) =>
        rows.Figure(Row(region, year, supply, demand), column, minimumDenominator);

    /// <summary>
    /// An indicator of <paramref name="scope"/> in <paramref name="year"/> against the nation's and its own last year's,
    /// with the change; the region's own years come from these rows, the nation from <paramref name="regions"/> (these rows when null).
    /// </summary>
    public AlignmentKpiRow Compare(string supply, string demand, string column, ReportScope scope, int year, AlignmentFigures? regions = null)
    {
        ArgumentNullException.ThrowIfNull(scope);
        var value = Figure(scope.Code, year, supply, demand, column);
        var last = Figure(scope.Code, year - 1, supply, demand, column);
        var nation = (regions ?? this).Figure(ReportScope.NationCode, year, supply, demand, column);
        return new AlignmentKpiRow(supply, demand, column, value, nation, last, value.ChangeFrom(last, inPoints: false));
    }

    /// <summary>The years of the rows read, in order.</summary>
    public IReadOnlyList<int> Years() => [.. rows.Rows.Select(r => (int)rows.Long(r, "year")).Distinct().Order()];

    /// <summary>The latest refreshed_at of the rows, or null when there are none.</summary>
    public DateTime? RefreshedAt() => rows.RefreshedAt();

    private object?[]? Row(string region, int year, string supply, string demand) =>
        rows.Find(("region_code", region), ("year", (long)year), ("supply_basis", supply), ("demand_basis", demand));
}

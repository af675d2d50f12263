using VocEd.Reports.Catalog;

namespace VocEd.Reports.Rendering;

/// <summary>
/// What one render did: the workbook written (<see cref="Path"/>, for <see cref="Year"/>), or, in a fan-out, why a
/// region was skipped (<see cref="NoData"/>: no cube rows for it; not an error).
/// </summary>
public sealed record RenderedReport(string ReportId, ReportScope Scope, int? Year, string? Path, string? NoData)
{
    public bool Skipped => Path is null;
}

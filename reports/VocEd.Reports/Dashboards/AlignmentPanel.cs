namespace VocEd.Reports.Dashboards;

/// <summary>
/// How majors fit local industry (总量、结构、质量): volume (how much is trained against how many work), structure
/// (the shares' mismatch) and quality (graduates' fit). <see cref="Note"/> says why a region has no panel values.
/// </summary>
public sealed record AlignmentPanel(
    IReadOnlyList<KpiTile> Volume,
    IReadOnlyList<KpiTile> Structure,
    IReadOnlyList<KpiTile> Quality,
    string? Note = null);

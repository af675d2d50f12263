namespace VocEd.Reports.Models;

/// <summary>
/// The 毕业去向 sheet: graduates by destination group (or a note when the groups are not available), and the two local
/// employment rates of the scope with the employed graduates they are taken over.
/// </summary>
public sealed record DestinationsSheet(
    IReadOnlyList<DestinationRow> Groups, string? GroupsNoDataNote, long Graduates, long Employed, Figure LocalEmploymentRate, Figure LocalCityEmploymentRate);

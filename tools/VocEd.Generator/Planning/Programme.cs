namespace VocEd.Generator.Planning;

/// <summary>
/// One way into a school type: route, (technical schools) training and entry level, duration in years,
/// share of the intake and the usual entry age.
/// </summary>
public sealed record Programme(string Route, string? TrainingLevel, string? EntryLevel, int Years, double Share, int EntryAge);

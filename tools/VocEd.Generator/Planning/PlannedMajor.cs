namespace VocEd.Generator.Planning;

/// <summary>
/// A major a planned school teaches: its code, the secondary code that five-year (五年一贯制) students carry
/// in grades 1–3 (associate schools), the crosswalk key of its category and its share of the intake.
/// </summary>
public sealed record PlannedMajor(string Code, string? SecondaryCode, string CrosswalkKey, double Share);

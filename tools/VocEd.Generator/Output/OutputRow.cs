namespace VocEd.Generator.Output;

/// <summary>A row as written: values in canonical column order, and whether the citizen ID goes into a numeric XLSX cell.</summary>
internal sealed record OutputRow(string?[] Values, bool CitizenIdAsNumber = false);

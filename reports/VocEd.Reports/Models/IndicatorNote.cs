namespace VocEd.Reports.Models;

/// <summary>One line of the 说明 sheet: an indicator shown in the workbook, defined by the indicator registry.</summary>
public sealed record IndicatorNote(string NameZh, string Column, string Formula, string Numerator, string Denominator, string Unit, string Source, bool DisclosureControlled);

namespace VocEd.Reports.Models;

/// <summary>One policy threshold as the 说明 sheet lists it, with the document that sets it.</summary>
public sealed record ThresholdNote(string SchoolTypeName, string IndicatorName, string Rule, string Level, string Source);

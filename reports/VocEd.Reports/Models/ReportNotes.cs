namespace VocEd.Reports.Models;

/// <summary>The 说明 sheet: every indicator on the workbook and the thresholds used; the disclosure rule, data as of, crosswalk version and citation come from the <see cref="ReportHeader"/>.</summary>
public sealed record ReportNotes(IReadOnlyList<IndicatorNote> Indicators, IReadOnlyList<ThresholdNote> Thresholds);

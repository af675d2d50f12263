namespace VocEd.Reports.Models;

/// <summary>Everything the 职业教育质量报告 workbook shows, sheet by sheet, as plain values.</summary>
public sealed record QualityReport(
    ReportHeader Header,
    QualityOverview Overview,
    RegionsSheet Regions,
    IReadOnlyList<SchoolTypeRow> SchoolTypes,
    IReadOnlyList<TrendRow> Trend,
    DestinationsSheet Destinations,
    DataQualitySheet DataQuality,
    ReportNotes Notes);

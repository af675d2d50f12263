namespace VocEd.Reports.Models;

/// <summary>Everything the 专业设置与产业需求适配分析 workbook shows, sheet by sheet, as plain values.</summary>
public sealed record AlignmentReport(
    ReportHeader Header,
    IReadOnlyList<AlignmentKpiRow> Overview,
    SectionsSheet Sections,
    SectorsSheet Sectors,
    ChildAlignmentSheet Regions,
    GraduateFitSheet GraduateFit,
    PriorityCoverageSheet PriorityCoverage,
    ReportNotes Notes);

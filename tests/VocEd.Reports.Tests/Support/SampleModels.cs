using VocEd.Reports.Catalog;
using VocEd.Reports.Models;

namespace VocEd.Reports.Tests.Support;

/// <summary>Plain report models built by hand, for the workbook writers alone: school rows with formula-looking names, withheld figures, empty sheets.</summary>
internal static class SampleModels
{
    /// <summary>School names as a hostile or careless submitter might send them.</summary>
    public static readonly IReadOnlyList<string> FormulaNames = ["=HYPERLINK(\"http://x\",\"y\")", "+1+1", "-2+3", "@SUM(1,2)", "\t=1+2", "=1+2"];

    public static ReportHeader Header(string reportId, string title) =>
        new(reportId, title, "4401", "广州市", ScopeLevel.Prefecture, "广东省", 2024, new DateTime(2025, 3, 1, 0, 30, 0, DateTimeKind.Utc), 5, "职业教育专业大类—行业门类对照表（2021-09-01起施行的版本）");

    public static IndicatorValues Values(double placement, bool withhold) => new(new Dictionary<string, Figure>(StringComparer.Ordinal)
    {
        ["schools"] = Figure.Of(1),
        ["students"] = Figure.Of(120),
        ["graduates"] = Figure.Of(withhold ? 3 : 40),
        ["employed"] = Figure.Of(withhold ? 2 : 30),
        ["placement_rate"] = withhold ? Figure.Withheld : Figure.Of(placement),
        ["median_monthly_salary"] = withhold ? Figure.Withheld : Figure.Of(4321.5),
        ["student_teacher_ratio"] = Figure.Of(21.25),
    });

    public static QualityReport Quality()
    {
        var schools = FormulaNames.Select((name, i) => new RegionRow($"44010000{i + 1:00}", name, true, "中职", Values(0.9 - (i * 0.01), withhold: false), []))
            .Append(new RegionRow("4401000099", "广州市小规模学校", true, "高职专科", Values(0, withhold: true), ["高职专科 生师比"]))
            .ToList();
        var kpis = new[] { "schools", "graduates", "placement_rate", "median_monthly_salary" }
            .Select(c => new KpiRow(c, Figure.Of(c == "placement_rate" ? 0.9 : 40), Figure.Of(0.8), Figure.Withheld, Figure.Of(0.85), Figure.Withheld))
            .ToList();
        var statuses = FormulaNames.Select((name, i) => new SubmissionStatusRow($"44010000{i + 1:00}", name, "enrollment", i == 0 ? "missing" : "loaded", i == 1, 100, 98, 2, 0)).ToList();
        return new QualityReport(
            Header(ReportCatalog.RegionalQualityId, ReportCatalog.RegionalQuality.Title),
            new QualityOverview(kpis, []),
            new RegionsSheet("学校", schools, null),
            [],
            [new TrendRow(2024, Values(0.9, withhold: false))],
            new DestinationsSheet([], "暂无毕业去向分组数据。", 40, 30, Figure.Of(0.7), Figure.Withheld),
            new DataQualitySheet(statuses, null)
            {
                Totals = [new SubmissionCoverageRow("enrollment", 6, 5, 4, 1, 1, 0, 0, 600, 588, 12, Figure.Of(0.02), 0)],
            },
            new ReportNotes([new IndicatorNote("毕业去向落实率", "cube_quality.placement_rate", "placed ÷ graduates", "placed", "graduates", "fraction", "test", true)], []));
    }

    public static AlignmentReport EmptyAlignment() => new(
        Header(ReportCatalog.MajorIndustryAlignmentId, ReportCatalog.MajorIndustryAlignment.Title),
        [new AlignmentKpiRow(Bases.Enrollment, Bases.ValueAdded, "mismatch_index", Figure.Of(0.25), Figure.Of(0.3), Figure.None, Figure.None)],
        new SectionsSheet([], "暂无行业结构数据。"),
        new SectorsSheet([], "暂无三次产业数据。"),
        new ChildAlignmentSheet([], "地市以下不再分地区计算匹配指标。"),
        new GraduateFitSheet(2025, [], "暂无2025届毕业生的适配数据。"),
        new PriorityCoverageSheet([], "暂无重点产业覆盖数据。"),
        new ReportNotes([], []));
}

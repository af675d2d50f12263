using VocEd.Warehouse.Indicators;

namespace VocEd.Reports.Models;

/// <summary>The cube_quality columns the quality report shows: the KPIs of 概览 and 趋势, and every indicator for 分地区 and 分类型.</summary>
public static class QualityIndicators
{
    /// <summary>The KPI table of 概览, in order (本地就业率 is the province-level rate).</summary>
    public static IReadOnlyList<string> Kpis { get; } =
    [
        "schools", "students", "graduates", "placement_rate", "further_study_rate", "related_rate", "local_employment_rate",
        "median_monthly_salary", "student_teacher_ratio", "dual_qualified_share", "equipment_per_student", "dropout_rate",
    ];

    /// <summary>The rates drawn as lines on 趋势.</summary>
    public static IReadOnlyList<string> TrendLines { get; } = ["placement_rate", "further_study_rate", "related_rate", "local_employment_rate"];

    /// <summary>Every numeric indicator of cube_quality in registry order (the student-count flag is a column of its own).</summary>
    public static IReadOnlyList<Indicator> All => [.. IndicatorRegistry.ForCube(CubeCatalog.Quality.Table).Where(i => i.Kind != IndicatorKind.Flag)];

    /// <summary>student_count_mismatch: the flag 分地区 shows beside the indicators.</summary>
    public static Indicator StudentCountMismatch => IndicatorRegistry.Find(CubeCatalog.Quality.Table, "student_count_mismatch")!;

    /// <summary>The per-school figure a school list shows beside the indicators (its threshold applies per school).</summary>
    public static Indicator FulltimeTeachers => IndicatorRegistry.Find(CubeCatalog.QualitySchool.Table, "fulltime_teachers")!;

    public static Indicator Get(string column) =>
        IndicatorRegistry.Find(CubeCatalog.Quality.Table, column) ?? IndicatorRegistry.Find(CubeCatalog.QualitySchool.Table, column)
        ?? throw new ArgumentException($"cube_quality has no indicator {column}", nameof(column));
}

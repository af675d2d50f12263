namespace VocEd.Warehouse.Indicators;

/// <summary>
/// The indicators a policy threshold (reference/policy-thresholds.csv) may name: each has a <c>breach_&lt;indicator&gt;</c>
/// column in cube_quality_school, so a threshold on another indicator needs a new column (a schema change) first.
/// The school-level figures are cube_quality's ratios over schools and the per-school figure fulltime_teachers.
/// </summary>
public static class ThresholdIndicators
{
    /// <summary>Figures a threshold may name that exist per school only (school_profile), not in cube_quality.</summary>
    public static IReadOnlyList<string> PerSchoolFigures { get; } = ["fulltime_teachers"];

    /// <summary>Every indicator a threshold may name, in the order of cube_quality_school's breach columns.</summary>
    public static IReadOnlyList<string> All { get; } = ["student_teacher_ratio", "dual_qualified_share", "equipment_per_student", "fulltime_teachers"];

    /// <summary>The cube_quality_school column that says whether a school misses its type's threshold on the indicator.</summary>
    public static string BreachColumn(string indicator) => "breach_" + indicator;
}

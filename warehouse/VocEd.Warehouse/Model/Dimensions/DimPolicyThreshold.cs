namespace VocEd.Warehouse.Model.Dimensions;

/// <summary>
/// One row per policy threshold (school type, indicator, level), seeded from reference/policy-thresholds.csv: the
/// value a school type's indicator must not exceed (<c>&lt;=</c>) or fall below (<c>&gt;=</c>) to reach the level, and
/// the document that sets it. The cube refresh judges each school of cube_quality_school against the thresholds of its type.
/// </summary>
public sealed class DimPolicyThreshold
{
    public int PolicyThresholdKey { get; set; }

    /// <summary>secondary, associate, bachelor or technical.</summary>
    public required string SchoolType { get; set; }

    /// <summary>The cube column judged: student_teacher_ratio, dual_qualified_share, equipment_per_student or fulltime_teachers.</summary>
    public required string Indicator { get; set; }

    /// <summary>&lt;= (at most) or &gt;= (at least).</summary>
    public required string Comparison { get; set; }

    /// <summary>The threshold itself, in the indicator's unit.</summary>
    public double ThresholdValue { get; set; }

    public required string Unit { get; set; }

    /// <summary>The level the threshold marks (达标, 合格 …).</summary>
    public required string Level { get; set; }

    public required string Source { get; set; }
}

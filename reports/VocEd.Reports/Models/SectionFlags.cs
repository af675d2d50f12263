namespace VocEd.Reports.Models;

/// <summary>
/// When a section counts as over- or under-supplied: its supply share is at least 1.5 times its demand share (S_i ≥ 0.5,
/// or no demand at all) or at most half of it (S_i ≤ −0.5), and the two shares differ by at least one percentage point
/// (so a section of a few students against almost no demand is not flagged).
/// </summary>
public static class SectionFlags
{
    public const string Over = "供给偏多";
    public const string Under = "供给偏少";
    public const double DeviationLimit = 0.5;
    public const double MinimumGap = 0.01;

    public static string Of(double supplyShare, double demandShare, double? deviation)
    {
        if (Math.Abs(supplyShare - demandShare) < MinimumGap)
        {
            return string.Empty;
        }

        if (demandShare == 0 || deviation >= DeviationLimit)
        {
            return supplyShare > demandShare ? Over : string.Empty;
        }

        return deviation <= -DeviationLimit ? Under : string.Empty;
    }

    /// <summary>The rule in words, for the sheet and docs/reports.md.</summary>
    public const string RuleText = "标注规则：供给占比不低于需求占比的1.5倍（结构偏离度≥0.5，或无需求）为“供给偏多”，不高于其一半（≤−0.5）为“供给偏少”；两者相差不足1个百分点的不标注。";
}

namespace VocEd.Warehouse.Indicators;

/// <summary>What sort of number an indicator is; decides formatting and disclosure control.</summary>
public enum IndicatorKind
{
    /// <summary>A count of schools, students or graduates.</summary>
    Count,

    /// <summary>A fraction of persons in [0, 1]; NULL on a zero denominator; suppressed in exports below the minimum denominator.</summary>
    Rate,

    /// <summary>A salary statistic over employed graduates; suppressed in exports below the minimum denominator.</summary>
    Salary,

    /// <summary>A ratio of sums over schools (生师比, 生均仪器设备值, 双师型比例).</summary>
    Ratio,

    /// <summary>A share of a structure (supply or demand by industry section).</summary>
    Share,

    /// <summary>An index or angle computed from two share vectors.</summary>
    Index,

    /// <summary>An amount (supply or demand total).</summary>
    Amount,

    /// <summary>A yes/no flag of the row (a missed threshold, counts that disagree, a late submission); NULL when it cannot be judged.</summary>
    Flag,
}

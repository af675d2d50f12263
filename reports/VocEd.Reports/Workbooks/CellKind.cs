namespace VocEd.Reports.Workbooks;

/// <summary>What a column holds; decides how a cell is written (number or text) and its number format.</summary>
internal enum CellKind
{
    /// <summary>Text the project wrote (a region name, a label).</summary>
    Text,

    /// <summary>Text as a school sent it (a school name): written as text that can never run as a formula.</summary>
    SubmittedText,

    /// <summary>A code kept as text so leading zeros and letters survive (44, 4401, A).</summary>
    Code,

    Year,
    Count,
    Percent,
    Money,
    Ratio,
    Index,
    Degrees,
    Amount,

    /// <summary>A change of a rate, in percentage points.</summary>
    PointsChange,
    CountChange,
    MoneyChange,
    RatioChange,
    IndexChange,
    DegreesChange,

    /// <summary>A yes/no flag written as 是/否.</summary>
    YesNo,
}

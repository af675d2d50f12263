namespace VocEd.Reports.Formatting;

/// <summary>How a value is shown on a chart, a tile or in a table: the kind of number decides the digits and the unit.</summary>
public enum ValueFormat
{
    /// <summary>A whole count with thousands separators (学校数, 学生数).</summary>
    Count,

    /// <summary>A fraction shown as a percentage with one decimal; a change is in 个百分点.</summary>
    Percent,

    /// <summary>Yuan with thousands separators (月收入, 生均仪器设备值).</summary>
    Yuan,

    /// <summary>A ratio with two decimals (生师比, 区位熵).</summary>
    Ratio,

    /// <summary>An index with three decimals (错配指数, 匹配度).</summary>
    Index,

    /// <summary>An angle in degrees with one decimal (Moore 夹角).</summary>
    Degrees,

    /// <summary>An amount with one decimal and thousands separators (供给总量, 万人, 亿元).</summary>
    Amount,
}

namespace VocEd.Etl.Validate;

/// <summary>
/// The largest amounts the warehouse's decimal columns hold (precision − scale digits before the point): a larger value
/// is rejected as out of range on every provider — PostgreSQL's numeric would refuse the whole file's copy, and SQLite
/// would take anything.
/// </summary>
internal static class NumericBounds
{
    /// <summary>fact_school_resources.equipment_value_yuan, numeric(18, 2).</summary>
    public const decimal EquipmentValueYuanBelow = 1e16m;

    /// <summary>fact_regional_industry.value_added_100m_yuan and employment_10k, numeric(18, 4).</summary>
    public const decimal RegionalIndustryBelow = 1e14m;

    public const string EquipmentRange = "0 ≤ x < 10^16";

    public const string RegionalIndustryRange = "0 ≤ x < 10^14";
}

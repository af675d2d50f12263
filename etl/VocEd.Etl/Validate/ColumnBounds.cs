namespace VocEd.Etl.Validate;

/// <summary>
/// What the warehouse's columns hold of submitted values: the largest amounts of its decimal columns (precision − scale
/// digits before the point) and the longest texts. A value beyond is rejected as a row on every provider — PostgreSQL
/// would refuse the whole file's copy, and SQLite would take anything.
/// </summary>
internal static class ColumnBounds
{
    /// <summary>fact_school_resources.equipment_value_yuan, numeric(18, 2).</summary>
    public const decimal EquipmentValueYuanBelow = 1e16m;

    /// <summary>fact_regional_industry.value_added_100m_yuan and employment_10k, numeric(18, 4).</summary>
    public const decimal RegionalIndustryBelow = 1e14m;

    public const string EquipmentRange = "0 ≤ x < 10^16";

    public const string RegionalIndustryRange = "0 ≤ x < 10^14";

    /// <summary>stg_school_profile.school_name and dim_school.school_name, varchar(200).</summary>
    public const int SchoolNameMaxLength = 200;

    /// <summary>stg_school_profile.designations and dim_school.designations, varchar(400).</summary>
    public const int DesignationsMaxLength = 400;
}

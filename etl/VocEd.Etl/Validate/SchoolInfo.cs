namespace VocEd.Etl.Validate;

/// <summary>What validation needs to know of a school that has a school_profile: its type and province (2 digits).</summary>
public sealed record SchoolInfo(string SchoolCode, string SchoolType, string ProvinceCode);

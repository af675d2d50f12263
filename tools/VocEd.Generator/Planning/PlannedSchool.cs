namespace VocEd.Generator.Planning;

/// <summary>One school of the plan: identity, location, size (yearly intake) and majors. Stable for a (scale, seed).</summary>
public sealed record PlannedSchool(
    int Index,
    string Code,
    string Name,
    string SchoolType,
    string Sponsor,
    string CountyCode,
    string PrefectureCode,
    string ProvinceCode,
    string EconomicRegion,
    double Intake,
    IReadOnlyList<PlannedMajor> Majors,
    string? Designation,
    int DesignationFrom)
{
    /// <summary>The designations the school holds in an academic year (they change over time).</summary>
    public string? DesignationsIn(int academicYear) => Designation is not null && academicYear >= DesignationFrom ? Designation : null;
}

namespace VocEd.Warehouse.Model.Staging;

/// <summary>
/// One row per school per academic year: the descriptive attributes of the school_profile row
/// currently loaded for that year. dim_school's type-2 history is derived from these rows, so a
/// late correction for an earlier year slots into its place and a withdrawal undoes its version.
/// </summary>
public sealed class StgSchoolProfile
{
    public long StgSchoolProfileId { get; set; }

    public required string SchoolCode { get; set; }

    public int AcademicYear { get; set; }

    public required string SchoolName { get; set; }

    public required string SchoolType { get; set; }

    public required string Sponsor { get; set; }

    public string? OwnerLevel { get; set; }

    public required string CountyCode { get; set; }

    /// <summary>`;`-separated, sorted, de-duplicated.</summary>
    public string? Designations { get; set; }

    public long SubmissionId { get; set; }

    public int SourceRowNumber { get; set; }
}

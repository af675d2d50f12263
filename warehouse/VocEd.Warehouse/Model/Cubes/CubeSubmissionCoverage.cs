namespace VocEd.Warehouse.Model.Cubes;

/// <summary>
/// One row per (region_code, academic_year, submission_kind): cube_submission_status summed over the region's expected
/// schools — how many submitted (on time or late), are missing, pending or quarantined, and the rows read, loaded and
/// rejected. Rebuilt whole by every refresh.
/// </summary>
public sealed class CubeSubmissionCoverage
{
    public required string RegionCode { get; set; }

    public required string RegionLevel { get; set; }

    public int AcademicYear { get; set; }

    public required string SubmissionKind { get; set; }

    public int SchoolsExpected { get; set; }

    /// <summary>Status loaded (= schools_on_time + schools_late).</summary>
    public int SchoolsSubmitted { get; set; }

    public int SchoolsOnTime { get; set; }

    public int SchoolsLate { get; set; }

    public int SchoolsMissing { get; set; }

    public int SchoolsPending { get; set; }

    public int SchoolsQuarantined { get; set; }

    public long RowsRead { get; set; }

    public long RowsLoaded { get; set; }

    public long RowsRejected { get; set; }

    /// <summary>rows_rejected ÷ rows_read (null when no row was read).</summary>
    public double? RejectionRate { get; set; }

    public DateTime RefreshedAt { get; set; }
}

namespace VocEd.Warehouse.Model.Cubes;

/// <summary>
/// One row per (school_code, academic_year, submission_kind) of every school expected in the academic year (a loaded
/// school_profile in it or the year before), for school_profile, enrollment and graduate_destination (the file of
/// graduation year academic_year + 1): whether it is loaded, quarantined, pending or missing, when it was first
/// received against its deadline, and the rows of the version that counts. Rebuilt whole by every refresh: the
/// status depends on the clock.
/// </summary>
public sealed class CubeSubmissionStatus
{
    public required string SchoolCode { get; set; }

    public int AcademicYear { get; set; }

    /// <summary>school_profile, enrollment or graduate_destination.</summary>
    public required string SubmissionKind { get; set; }

    /// <summary>As the school sent it (text from a submission).</summary>
    public required string SchoolName { get; set; }

    public required string CountyCode { get; set; }

    public string? PrefectureCode { get; set; }

    public string? ProvinceCode { get; set; }

    public string? EconomicRegion { get; set; }

    /// <summary>loaded, quarantined, pending or missing.</summary>
    public required string Status { get; set; }

    /// <summary>When the first version of the submission was received (null when none was).</summary>
    public DateTime? FirstReceivedAt { get; set; }

    public DateOnly DeadlineDate { get; set; }

    /// <summary>The first version was received after 23:59:59 Beijing time on the deadline date; null when none was received.</summary>
    public bool? IsLate { get; set; }

    /// <summary>Versions received (every status).</summary>
    public int Versions { get; set; }

    /// <summary>Versions quarantined.</summary>
    public int QuarantinedFiles { get; set; }

    /// <summary>The version that counts: the loaded one, or else the latest received (null when none was).</summary>
    public long? SubmissionId { get; set; }

    public int RowsRead { get; set; }

    public int RowsLoaded { get; set; }

    public int RowsRejected { get; set; }

    public DateTime RefreshedAt { get; set; }
}

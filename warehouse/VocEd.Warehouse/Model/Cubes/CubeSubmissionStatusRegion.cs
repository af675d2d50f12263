namespace VocEd.Warehouse.Model.Cubes;

/// <summary>
/// One row per (region_code, year) for regional_industry: the nation and the 31 provinces are expected every year that
/// has submissions; a prefecture (or another region) that submitted has a row too. Status, first receipt against the
/// deadline and the rows of the version that counts, as cube_submission_status. Rebuilt whole by every refresh.
/// </summary>
public sealed class CubeSubmissionStatusRegion
{
    public required string RegionCode { get; set; }

    /// <summary>The calendar year of the regional_industry data.</summary>
    public int Year { get; set; }

    public required string RegionLevel { get; set; }

    /// <summary>The nation and the provinces are expected; other regions have a row when they submitted.</summary>
    public bool IsExpected { get; set; }

    /// <summary>loaded, quarantined, pending or missing.</summary>
    public required string Status { get; set; }

    public DateTime? FirstReceivedAt { get; set; }

    public DateOnly DeadlineDate { get; set; }

    public bool? IsLate { get; set; }

    public int Versions { get; set; }

    public int QuarantinedFiles { get; set; }

    public long? SubmissionId { get; set; }

    public int RowsRead { get; set; }

    public int RowsLoaded { get; set; }

    public int RowsRejected { get; set; }

    public DateTime RefreshedAt { get; set; }
}

namespace VocEd.Warehouse.Model.Dimensions;

/// <summary>
/// One row per (submission kind, year): the deadline of the submissions for that year (the academic year of a
/// school_profile or enrollment file, the graduation year of a graduate_destination file, the calendar year of a
/// regional_industry file), seeded for every year of the calendar from reference/submission-deadlines.csv. A submission
/// is late when its replacement key is first received after <see cref="DeadlineAt"/>.
/// </summary>
public sealed class DimSubmissionDeadline
{
    /// <summary>school_profile, enrollment, graduate_destination or regional_industry.</summary>
    public required string SubmissionKind { get; set; }

    /// <summary>The year the submissions are for (etl_submission.year).</summary>
    public int Year { get; set; }

    public DateOnly DeadlineDate { get; set; }

    /// <summary>The end of the deadline day in Beijing time (23:59:59 Asia/Shanghai), in UTC.</summary>
    public DateTime DeadlineAt { get; set; }
}

namespace VocEd.Warehouse.Model.Cubes;

/// <summary>One row per cube refresh that committed: when, how (full or incremental), what it touched and wrote, and the watermark it read up to.</summary>
public sealed class CubeRefreshLog
{
    public long RefreshLogId { get; set; }

    public DateTime StartedAt { get; set; }

    public DateTime FinishedAt { get; set; }

    /// <summary>full or incremental.</summary>
    public required string Mode { get; set; }

    /// <summary>Submissions whose status changed since the previous refresh (incremental) or 0 (full).</summary>
    public int SubmissionsSeen { get; set; }

    /// <summary>Incremental: (school, academic year) partitions named by the changed submissions (their base cells are recomputed from the facts). Full: base cells (academic year × prefecture, province, economic region, school type) written.</summary>
    public int PartitionsTouched { get; set; }

    /// <summary>Academic years whose cube rows were rebuilt, comma-separated.</summary>
    public required string AcademicYears { get; set; }

    public long RowsWritten { get; set; }

    /// <summary>
    /// SHA-256 (hex) of the reference data the cubes are computed with (regions, majors and their categories, industry
    /// sections, destination codes, the crosswalk), as this refresh read it: an incremental refresh that reads another
    /// runs as a full one, since a reference change touches no submission.
    /// </summary>
    public string? ReferenceHash { get; set; }

    /// <summary>The latest etl_submission.status_changed_at this refresh saw (for information: cube_refresh_submission decides what the next incremental refresh takes).</summary>
    public DateTime? Watermark { get; set; }
}

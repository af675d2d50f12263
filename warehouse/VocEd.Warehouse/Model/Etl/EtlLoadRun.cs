namespace VocEd.Warehouse.Model.Etl;

/// <summary>One row per ingest run (a CLI call or a scheduled job): what it saw and how it ended.</summary>
public sealed class EtlLoadRun
{
    public long LoadRunId { get; set; }

    public DateTime StartedAt { get; set; }

    public DateTime? FinishedAt { get; set; }

    /// <summary>cli or job.</summary>
    public required string TriggeredBy { get; set; }

    public string? Host { get; set; }

    /// <summary>The process running the ingest on <see cref="Host"/>: a run left running whose process is gone was killed.</summary>
    public int? ProcessId { get; set; }

    /// <summary>running, succeeded, failed, cancelled, or abandoned (left running by a process that ended without finishing it).</summary>
    public required string Status { get; set; }

    public int FilesSeen { get; set; }

    public int SubmissionsLoaded { get; set; }

    public int SubmissionsQuarantined { get; set; }

    public int SubmissionsSkipped { get; set; }

    public long RowsRead { get; set; }

    public long RowsLoaded { get; set; }

    public long RowsRejected { get; set; }

    public string? Message { get; set; }
}

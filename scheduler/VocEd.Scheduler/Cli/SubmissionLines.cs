namespace VocEd.Scheduler.Cli;

/// <summary>Which submissions an ingest summary lists one per line.</summary>
internal enum SubmissionLines
{
    /// <summary>Every file.</summary>
    All,

    /// <summary>Files not loaded: quarantined, failed, skipped or busy.</summary>
    Problems,

    /// <summary>Totals only.</summary>
    None,
}

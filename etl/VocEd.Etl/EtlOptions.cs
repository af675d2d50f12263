using VocEd.Etl.Extract;
using VocEd.Etl.Quarantine;

namespace VocEd.Etl;

/// <summary>Settings of the ETL stages (bind from the <c>Etl</c> configuration section).</summary>
public sealed class EtlOptions
{
    public const string SectionName = "Etl";

    /// <summary>
    /// The pseudonym key file (outside the warehouse, mode 600 in a folder of mode 700); made only by
    /// <c>voced pseudonym-key init</c>, never on the fly. A relative path is relative to the home directory (VOCED_HOME).
    /// </summary>
    public string PseudonymKeyFile { get; set; } = Path.Combine("data", "secrets", "pseudonym-key.json");

    /// <summary>Where quarantined files are kept whole (chmod 700); a relative path is relative to the home directory.</summary>
    public string QuarantineDirectory { get; set; } = Path.Combine("data", "quarantine");

    /// <summary>
    /// Where received files wait for their load, as <c>{store}/{submission id}</c> (the scheduler's inbox scan and the
    /// upload API put them there); a relative path is relative to the home directory.
    /// </summary>
    public string StoreDirectory { get; set; } = Path.Combine("data", "store");

    /// <summary>How long a claim holds before another worker may take it over (a live holder on the same host keeps it regardless of this).</summary>
    public int ClaimLeaseMinutes { get; set; } = 60;

    /// <summary>Rows per bulk-copy batch.</summary>
    public int BulkCopyBatchSize { get; set; } = 50_000;

    /// <summary>
    /// Submissions loaded side by side once the dimensions are in (enrollment and graduate files), each worker on its
    /// own connection; 0 = the number of cores, between 2 and 4. SQLite always loads one at a time (one writer).
    /// </summary>
    public int Workers { get; set; }

    /// <summary>Files larger than this are quarantined as unreadable (oversize), without being read past their hash.</summary>
    public long MaxFileBytes { get; set; } = 1L << 30;

    /// <summary>A quarantined file larger than this is not copied into the quarantine folder (its hash and reason are kept).</summary>
    public long MaxQuarantineCopyBytes { get; set; } = 64L << 20;

    /// <summary>
    /// Rule failures kept as etl_rejected_row rows per rule per submission; beyond, they are only counted
    /// (etl_rule_failure_count keeps every count, so rows read = loaded + rejected still holds).
    /// </summary>
    public int MaxRejectedDetailsPerRule { get; set; } = 1_000;

    /// <summary>What one file may make the readers hold (fields, records, XLSX parts, JSON nesting …).</summary>
    public ReadLimits Limits { get; set; } = new();

    /// <summary>A submission with more than this share of rows rejected is quarantined whole.</summary>
    public double RejectionRateThreshold { get; set; } = 0.20;

    /// <summary>The rejection-rate rule applies to submissions of at least this many rows.</summary>
    public int MinimumRowsForRejectionRate { get; set; } = 50;

    /// <summary>How long quarantined files are kept.</summary>
    public int QuarantineRetentionDays { get; set; } = 30;

    /// <summary>
    /// PostgreSQL: after an ingest run that loaded (or rejected) at least this many rows into a table, ANALYZE that table,
    /// so the next queries are planned with its new size rather than waiting for autovacuum.
    /// </summary>
    public long AnalyzeAfterRows { get; set; } = 10_000;

    /// <summary>
    /// When set (UTC), the files of an ingest are recorded as received at this time instead of now: a back-load of files
    /// that arrived earlier keeps their true receipt time, which decides whether a submission was late.
    /// </summary>
    public DateTime? ReceivedAt { get; set; }

    public RejectionRatePolicy RejectionRatePolicy => new(RejectionRateThreshold, MinimumRowsForRejectionRate);
}

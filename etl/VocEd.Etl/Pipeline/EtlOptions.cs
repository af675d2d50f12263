namespace VocEd.Etl.Pipeline;

/// <summary>Settings of the extract/validate/pseudonymize stages (bind from the <c>Etl</c> configuration section).</summary>
public sealed class EtlOptions
{
    public const string SectionName = "Etl";

    /// <summary>The pseudonym key file (outside the warehouse); created with a new random key when absent.</summary>
    public string PseudonymKeyFile { get; set; } = Path.Combine("secrets", "pseudonym-key.json");

    /// <summary>Files larger than this are quarantined as unreadable (oversize).</summary>
    public long MaxFileBytes { get; set; } = 4L * 1024 * 1024 * 1024;

    /// <summary>A submission with more than this share of rows rejected is quarantined whole.</summary>
    public double RejectionRateThreshold { get; set; } = 0.20;

    /// <summary>The rejection-rate rule applies to submissions of at least this many rows.</summary>
    public int MinimumRowsForRejectionRate { get; set; } = 50;

    /// <summary>How long quarantined files are kept.</summary>
    public int QuarantineRetentionDays { get; set; } = 30;

    public RejectionRatePolicy RejectionRatePolicy => new(RejectionRateThreshold, MinimumRowsForRejectionRate);
}

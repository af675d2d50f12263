namespace VocEd.Warehouse.Model.Etl;

/// <summary>
/// One row per replacement key (kind|submitter|year) being loaded right now: the claim that keeps two
/// workers from loading the same key at once. Inserting the row is the claim; a unique key makes a
/// second claim fail; the row is deleted in the transaction that commits the load.
/// </summary>
public sealed class EtlSubmissionLock
{
    public required string LockKey { get; set; }

    public long SubmissionId { get; set; }

    public required string ClaimedBy { get; set; }

    public DateTime ClaimedAt { get; set; }

    public DateTime ExpiresAt { get; set; }
}

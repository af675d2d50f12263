namespace VocEd.Warehouse.Model.Etl;

/// <summary>
/// One row per version of the pseudonym key the warehouse's pseudonyms were made with: the key's fingerprint (a keyed
/// hash of a fixed text under the key — it identifies the key and reveals nothing of it; the key itself is never in
/// the database), recorded at the key's first use or by its rotation. Every ingest compares its key with the latest row.
/// </summary>
public sealed class EtlPseudonymKey
{
    public int KeyVersion { get; set; }

    /// <summary>Lower-case hex.</summary>
    public required string Fingerprint { get; set; }

    public DateTime RecordedAt { get; set; }

    /// <summary>first_use or rotation.</summary>
    public required string RecordedBy { get; set; }
}

namespace VocEd.Warehouse.Secure.Model;

/// <summary>
/// One row per official who receives a region's reports by e-mail: the region (CN, a province or a prefecture code),
/// the name and the e-mail address. Personal data: it lives in the secure store only, and deliveries refer to it by
/// <see cref="RecipientId"/>.
/// </summary>
public sealed class RptRecipient
{
    public long RecipientId { get; set; }

    public required string RegionCode { get; set; }

    public required string Name { get; set; }

    /// <summary>The address, trimmed and lower-cased (unique per region).</summary>
    public required string Email { get; set; }

    public DateTime CreatedAt { get; set; }

    public DateTime UpdatedAt { get; set; }
}

namespace VocEd.Warehouse.Model.Etl;

/// <summary>One row per reference file seeded into the warehouse: which content, how many rows, when.</summary>
public sealed class EtlReferenceLoad
{
    public long ReferenceLoadId { get; set; }

    public required string FileName { get; set; }

    public required string ContentHash { get; set; }

    public int RowsSeeded { get; set; }

    public DateTime LoadedAt { get; set; }
}

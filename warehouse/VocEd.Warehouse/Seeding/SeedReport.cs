namespace VocEd.Warehouse.Seeding;

/// <summary>What a seeding run did, per table: rows inserted and rows updated.</summary>
public sealed class SeedReport
{
    private readonly List<(string Table, SeedCount Count)> _tables = [];

    public IReadOnlyList<(string Table, SeedCount Count)> Tables => _tables;

    public int Inserted => _tables.Sum(t => t.Count.Inserted);

    public int Updated => _tables.Sum(t => t.Count.Updated);

    internal void Add(string table, SeedCount count) => _tables.Add((table, count));
}

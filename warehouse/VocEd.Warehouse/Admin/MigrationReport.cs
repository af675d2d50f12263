using VocEd.Warehouse.Seeding;

namespace VocEd.Warehouse.Admin;

/// <summary>The migrations a migrate run applied (to the warehouse, and to the secure store) and what seeding did.</summary>
public sealed record MigrationReport(IReadOnlyList<string> AppliedMigrations, SeedReport Seed)
{
    public IReadOnlyList<string> AppliedSecureMigrations { get; init; } = [];
}

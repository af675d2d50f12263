using VocEd.Warehouse.Seeding;

namespace VocEd.Warehouse.Admin;

/// <summary>The migrations a migrate run applied and what seeding did.</summary>
public sealed record MigrationReport(IReadOnlyList<string> AppliedMigrations, SeedReport Seed);

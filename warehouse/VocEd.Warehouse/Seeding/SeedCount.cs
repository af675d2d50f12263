namespace VocEd.Warehouse.Seeding;

/// <summary>Rows inserted and updated in one table by one seeding run.</summary>
public readonly record struct SeedCount(int Inserted, int Updated);

namespace VocEd.Warehouse.Data;

/// <summary>Which database the warehouse lives in; also the factory of its contexts.</summary>
public sealed record WarehouseOptions(WarehouseProvider Provider, string ConnectionString) : IWarehouseContextFactory
{
    /// <inheritdoc/>
    public WarehouseDbContext CreateContext() => WarehouseDbContextFactory.Create(this);

    /// <summary>The embedded default: ./data/voced.db relative to <paramref name="baseDirectory"/>.</summary>
    public static WarehouseOptions DefaultSqlite(string baseDirectory) =>
        new(WarehouseProvider.Sqlite, $"Data Source={Path.Combine(baseDirectory, "data", "voced.db")}");
}

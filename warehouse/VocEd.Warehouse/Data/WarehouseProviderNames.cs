namespace VocEd.Warehouse.Data;

/// <summary>The names users type for each provider (`--provider`, VOCED_PROVIDER, appsettings.json).</summary>
public static class WarehouseProviderNames
{
    public static string ToName(this WarehouseProvider provider) => provider switch
    {
        WarehouseProvider.Sqlite => "sqlite",
        WarehouseProvider.Postgres => "postgres",
        WarehouseProvider.SqlServer => "sqlserver",
        _ => throw new ArgumentOutOfRangeException(nameof(provider)),
    };

    public static bool TryParse(string? text, out WarehouseProvider provider)
    {
        switch (text?.Trim().ToUpperInvariant())
        {
            case "SQLITE":
                provider = WarehouseProvider.Sqlite;
                return true;
            case "POSTGRES" or "POSTGRESQL" or "PG" or "NPGSQL":
                provider = WarehouseProvider.Postgres;
                return true;
            case "SQLSERVER" or "MSSQL" or "SQL-SERVER":
                provider = WarehouseProvider.SqlServer;
                return true;
            default:
                provider = default;
                return false;
        }
    }
}

using System.CommandLine;

namespace VocEd.Scheduler.Cli;

/// <summary>Options every command accepts: which warehouse to use.</summary>
internal static class GlobalOptions
{
    public static readonly Option<string?> Provider = new("--provider")
    {
        Description = "Warehouse database: sqlite (default), postgres or sqlserver. Also VOCED_PROVIDER or Warehouse:Provider in appsettings.json.",
        Recursive = true,
        HelpName = "sqlite|postgres|sqlserver",
    };

    public static readonly Option<string?> Connection = new("--connection")
    {
        Description = "Connection string of the warehouse database. Also VOCED_CONNECTION or Warehouse:Connection. Default for sqlite: ./data/voced.db.",
        Recursive = true,
        HelpName = "STRING",
    };
}

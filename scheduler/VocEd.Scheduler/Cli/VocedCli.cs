using System.CommandLine;
using System.CommandLine.Invocation;
using System.Data.Common;
using VocEd.Scheduler.Cli.Commands;
using VocEd.Warehouse.Reference;

namespace VocEd.Scheduler.Cli;

/// <summary>
/// The `voced` command line: every verb, the global options, and one-line errors for user mistakes. Exit codes: 0 done;
/// 1 done, but not everything was (a file not loaded, a query with no rows); 2 a mistake to fix (usage, a missing
/// warehouse, a bad path), named on one line of standard error; 70 an internal error; 130 cancelled.
/// </summary>
public static class VocedCli
{
    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error)
    {
        var settings = VocedSettings.Load();
        var root = new RootCommand("VocEd Warehouse: vocational-education statistics warehouse (职业教育统计数据仓库).");
        root.Options.Add(GlobalOptions.Provider);
        root.Options.Add(GlobalOptions.Connection);
        root.Subcommands.Add(DbCommands.Create(settings, output, error));
        root.Subcommands.Add(DemoCommand.Create(settings, output, error));
        root.Subcommands.Add(GenerateCommand.Create(settings, output, error));
        root.Subcommands.Add(RefreshCommand.Create(settings, output, error));
        root.Subcommands.Add(ExportCommand.Create(settings, output, error));
        root.Subcommands.Add(DashboardsCommand.Create(settings, output, error));
        root.Subcommands.Add(CubeCommand.Create(settings, output, error));
        root.Subcommands.Add(ReportCommand.Create(settings, output, error));
        root.Subcommands.Add(SubscriptionCommand.Create(settings, output, error));
        root.Subcommands.Add(RecipientCommand.Create(settings, output, error));
        root.Subcommands.Add(IngestCommand.Create(settings, output, error));
        root.Subcommands.Add(WithdrawCommand.Create(settings, output, error));
        root.Subcommands.Add(ServeCommand.Create(settings, output, error));
        root.Subcommands.Add(JobsCommand.Create(settings, output, error));
        root.Subcommands.Add(PseudonymKeyCommand.Create(settings, output, error));
        root.Subcommands.Add(UserCommand.Create(settings, output, error));
        root.Subcommands.Add(KeyCommand.Create(settings, output, error));
        root.Subcommands.Add(TestCommand.Create());

        // No arguments at all: the help, as --help prints it.
        var parse = root.Parse(args.Length == 0 ? ["--help"] : args);
        if (parse.Errors.Count > 0 && parse.Action is ParseErrorAction)
        {
            await error.WriteLineAsync($"voced: error: {ParseErrorLine.Format(parse)}").ConfigureAwait(false);
            return 2;
        }

        var config = new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false, ProcessTerminationTimeout = TimeSpan.FromSeconds(40) };
        var code = await parse.InvokeAsync(config).ConfigureAwait(false);
        if (Environment.GetEnvironmentVariable("VOCED_REPORT_RESOURCES") is { Length: > 0 })
        {
            // For tests that bound what one command may take: the process's own counters, read as it ends.
            using var self = System.Diagnostics.Process.GetCurrentProcess();
            await error.WriteLineAsync(string.Create(System.Globalization.CultureInfo.InvariantCulture,
                $"voced: resources: peak_working_set_bytes={self.PeakWorkingSet64} cpu_seconds={self.TotalProcessorTime.TotalSeconds:F2}")).ConfigureAwait(false);
        }

        return code;
    }

    /// <summary>Wraps a command's work: user mistakes become one line on stderr and exit code 2.</summary>
    internal static Func<ParseResult, CancellationToken, Task<int>> Action(
        VocedSettings settings, TextWriter output, TextWriter error, Func<CommandContext, CancellationToken, Task<int>> work) =>
        async (parse, ct) =>
        {
            var context = new CommandContext(parse, settings, output, error);
            try
            {
                return await work(context, ct).ConfigureAwait(false);
            }
            catch (Exception ex) when (IsUserError(ex))
            {
                await error.WriteLineAsync($"voced: error: {TerminalText.Escape($"{WarehouseOf(context, ex)}{OneLine(ex)}{Hint(ex)}")}").ConfigureAwait(false);
                return 2;
            }
            catch (OperationCanceledException)
            {
                await error.WriteLineAsync("voced: cancelled").ConfigureAwait(false);
                return 130;
            }
            catch (Exception ex) when (Environment.GetEnvironmentVariable("VOCED_DEBUG") is not { Length: > 0 })
            {
                await error.WriteLineAsync($"voced: internal error: {ex.GetType().Name}: {TerminalText.Escape(OneLine(ex))} (set VOCED_DEBUG=1 for details)").ConfigureAwait(false);
                return 70;
            }
        };

    private static bool IsUserError(Exception ex) =>
        ex is UserErrorException or ReferenceDataException or DbException or ArgumentException or IOException or UnauthorizedAccessException or Etl.Pseudonymize.PseudonymKeyException
        || ex.InnerException is DbException;

    /// <summary>For a database error, which warehouse it came from (the SQLite file, or server and database), so the line names what to check.</summary>
    private static string WarehouseOf(CommandContext context, Exception ex)
    {
        if (ex is not DbException && ex.InnerException is not DbException)
        {
            return string.Empty;
        }

        try
        {
            return ConnectionStrings.Describe(context.Warehouse()) + ": ";
        }
        catch (Exception describing) when (describing is UserErrorException or ArgumentException)
        {
            return string.Empty;
        }
    }

    /// <summary>What to do about a database error whose cause is common and known: a table missing (no schema yet), a file SQLite cannot open.</summary>
    private static string Hint(Exception ex)
    {
        var db = ex as DbException ?? ex.InnerException as DbException;
        if (db is null)
        {
            return string.Empty;
        }

        if (db.SqlState == "42P01" || db.Message.Contains("no such table", StringComparison.Ordinal) || db.Message.Contains("Invalid object name", StringComparison.Ordinal))
        {
            return " (run ./voced db migrate)";
        }

        return db.Message.Contains("unable to open database file", StringComparison.Ordinal) || db.Message.Contains("file is not a database", StringComparison.Ordinal)
            ? " (check the file and its folder named in --connection)"
            : string.Empty;
    }

    private static string OneLine(Exception ex)
    {
        var message = ex switch
        {
            not DbException when ex.InnerException is DbException inner => inner.Message,
            ArgumentException { ParamName: { } name } argument => argument.Message.Replace($" (Parameter '{name}')", string.Empty, StringComparison.Ordinal),
            _ => ex.Message,
        };
        return message.ReplaceLineEndings(" ").Trim();
    }
}

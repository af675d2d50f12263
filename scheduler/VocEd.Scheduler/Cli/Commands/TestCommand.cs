using System.CommandLine;

namespace VocEd.Scheduler.Cli.Commands;

/// <summary>
/// `voced test` is run by the ./voced script itself (it installs what the suite needs, then runs
/// dotnet format and dotnet test); this entry exists so `voced --help` lists it.
/// </summary>
internal static class TestCommand
{
    public static Command Create()
    {
        var command = new Command("test", "Run the whole test suite (style check with dotnet format, then every NUnit test on SQLite and a throw-away PostgreSQL server). Run it through ./voced, which installs what the suite needs.");
        command.SetAction(parse =>
        {
            parse.InvocationConfiguration.Error.WriteLine("voced: error: run the test suite through the ./voced script at the repository root: ./voced test");
            return 2;
        });
        return command;
    }
}

using System.Text.RegularExpressions;
using VocEd.Testing;

namespace VocEd.Scheduler.Tests.Cli;

[NonParallelizable]
public sealed class VocedCliTests
{
    private TempDirectory _home = null!; // Assigned in SetUp before every test.

    [SetUp]
    public void SetUp()
    {
        _home = new TempDirectory("voced-cli");
        Environment.SetEnvironmentVariable("VOCED_HOME", _home.Path);
        Environment.SetEnvironmentVariable("VOCED_PROVIDER", null);
        Environment.SetEnvironmentVariable("VOCED_CONNECTION", null);
    }

    [TearDown]
    public void TearDown()
    {
        Environment.SetEnvironmentVariable("VOCED_HOME", null);
        Environment.SetEnvironmentVariable("VOCED_PROVIDER", null);
        _home.Dispose();
    }

    [TestCase]
    [TestCase("db")]
    [TestCase("db", "migrate")]
    [TestCase("db", "script")]
    [TestCase("db", "summary")]
    [TestCase("demo")]
    [TestCase("ingest")]
    [TestCase("withdraw")]
    [TestCase("test")]
    public async Task Every_command_answers_help(params string[] command)
    {
        var run = await CliRun.RunAsync([.. command, "--help"]);
        Assert.That(run.ExitCode, Is.Zero, run.Error);
        Assert.That(run.Output, Does.Contain("Usage:").And.Contain("--provider"));
    }

    [Test]
    public async Task An_unknown_provider_is_one_clear_line_and_a_non_zero_exit()
    {
        var run = await CliRun.RunAsync("--provider", "oracle", "db", "summary");
        Assert.That(run.ExitCode, Is.EqualTo(2));
        Assert.That(run.Error.TrimEnd().Split('\n'), Has.Length.EqualTo(1));
        Assert.That(run.Error, Does.Contain("unknown provider 'oracle'"));
    }

    [TestCase("0")]
    [TestCase("65")]
    public async Task Ingest_refuses_a_worker_count_out_of_range_in_one_line(string workers)
    {
        var run = await CliRun.RunAsync("ingest", _home.Path, "--workers", workers);
        Assert.That(run.ExitCode, Is.EqualTo(2));
        Assert.That(run.Error.TrimEnd().Split('\n'), Has.Length.EqualTo(1));
        Assert.That(run.Error, Does.Contain($"--workers {workers}: give a number from 1 to 64"));
    }

    [Test]
    public async Task Ingest_refuses_a_negative_worker_count_from_the_configuration_in_one_line()
    {
        Environment.SetEnvironmentVariable("Etl__Workers", "-3");
        try
        {
            var run = await CliRun.RunAsync("ingest", _home.Path);
            Assert.That(run.ExitCode, Is.EqualTo(2));
            Assert.That(run.Error.TrimEnd().Split('\n'), Has.Length.EqualTo(1));
            Assert.That(run.Error, Does.Contain("Etl:Workers = -3"));
        }
        finally
        {
            Environment.SetEnvironmentVariable("Etl__Workers", null);
        }
    }

    [Test]
    public async Task An_unreachable_database_is_one_clear_line_not_a_stack_trace()
    {
        var run = await CliRun.RunAsync("--provider", "postgres", "--connection", "Host=127.0.0.1;Port=1;Database=x;Timeout=2", "db", "summary");
        Assert.That(run.ExitCode, Is.EqualTo(2));
        Assert.That(run.Error, Does.StartWith("voced: error:").And.Not.Contain("   at "));
    }

    [Test]
    public async Task The_provider_can_come_from_the_environment()
    {
        Environment.SetEnvironmentVariable("VOCED_PROVIDER", "sqlserver");
        var run = await CliRun.RunAsync("db", "script");
        Assert.That(run.ExitCode, Is.Zero, run.Error);
        Assert.That(run.Output, Does.Contain("COLUMNSTORE"));
    }

    [Test]
    public async Task Db_script_for_sql_server_prints_T_SQL_without_connecting()
    {
        var run = await CliRun.RunAsync("db", "script", "--provider", "sqlserver");
        Assert.That(run.ExitCode, Is.Zero, run.Error);
        Assert.That(run.Output, Does.Contain("CREATE TABLE [fact_enrollment]").And.Contain("CREATE CLUSTERED COLUMNSTORE INDEX [cci_fact_enrollment]"));
    }

    [Test]
    public async Task Migrate_uses_the_default_sqlite_file_under_data()
    {
        var run = await CliRun.RunAsync("db", "migrate");
        Assert.That(run.ExitCode, Is.Zero, run.Error);
        Assert.That(File.Exists(Path.Combine(_home.Path, "data", "voced.db")), Is.True);
        var again = await CliRun.RunAsync("db", "migrate");
        Assert.That(again.Output, Does.Contain("up to date").And.Contain("0 row(s) inserted, 0 updated"));
    }

    [TestCase("frobnicate", "unknown command 'frobnicate'")]
    [TestCase("cube query --cube quality --year abc", "--year 'abc' is not a whole number")]
    [TestCase("cube query --cube quality --bogus 1", "unknown option '--bogus'")]
    [TestCase("cube query --cube quality --by region_level", "--by region_level: cube_quality breaks down by school_type only")]
    [TestCase("cube query --cube alignment --by year", "has no breakdown")]
    [TestCase("cube query --cube quality --format xml", "unknown format 'xml'")]
    [TestCase("refresh now", "unexpected argument 'now'")]
    [TestCase("cube", "./voced cube needs a command: query, headlines")]
    [TestCase("withdraw --submission abc", "--submission 'abc' is not a whole number")]
    [TestCase("--connection Server=db1;Database=voced db summary", "pass --provider postgres or --provider sqlserver")]
    [TestCase("--provider sqlite --connection Host=db1;Database=voced db summary", "written for postgres")]
    public async Task A_mistake_is_one_line_with_exit_code_2_that_names_what_to_fix(string line, string says)
    {
        var run = await CliRun.RunAsync(line.Split(' '));
        Assert.That(run.ExitCode, Is.EqualTo(2), run.Output + run.Error);
        Assert.That(run.Error.TrimEnd().Split('\n'), Has.Length.EqualTo(1), run.Error);
        Assert.That(run.Error, Does.StartWith("voced: error: ").And.Contain(says).And.Not.Contain("System.").And.Not.Contain("Usage:"));
        Assert.That(run.Output, Is.Empty, "no help text on standard output");
    }

    [Test]
    public async Task Without_arguments_voced_prints_its_help()
    {
        var run = await CliRun.RunAsync();
        Assert.That(run.ExitCode, Is.Zero);
        Assert.That(run.Output, Does.Contain("Usage:").And.Contain("demo"));
    }

    [TestCase("db", "summary")]
    [TestCase("refresh")]
    [TestCase("cube", "query", "--cube", "quality")]
    [TestCase("cube", "headlines")]
    [TestCase("export", "--out", "out")]
    [TestCase("withdraw", "--submission", "1")]
    [TestCase("report", "--report", "regional-quality", "--scope", "44", "--out", "out")]
    public async Task A_command_on_a_missing_warehouse_says_so_in_one_line_and_creates_nothing(params string[] command)
    {
        var run = await CliRun.RunAsync(command);
        Assert.That(run.ExitCode, Is.EqualTo(2), run.Output + run.Error);
        Assert.That(run.Error.TrimEnd().Split('\n'), Has.Length.EqualTo(1), run.Error);
        Assert.That(run.Error, Does.StartWith($"voced: error: no warehouse at {Path.Combine(_home.Path, "data", "voced.db")}: run ./voced db migrate"));
        Assert.That(Directory.EnumerateFileSystemEntries(_home.Path), Is.Empty, "no empty warehouse file, no output folder");
    }

    [Test]
    public async Task A_command_on_an_unmigrated_sqlite_file_says_to_migrate_and_one_in_a_missing_folder_names_its_path()
    {
        var empty = Path.Combine(_home.Path, "empty.db");
        await File.WriteAllBytesAsync(empty, []);
        var unmigrated = await CliRun.RunAsync("--connection", empty, "db", "summary");
        Assert.That(unmigrated.ExitCode, Is.EqualTo(2));
        Assert.That(unmigrated.Error.Trim(), Does.StartWith($"voced: error: no warehouse in the sqlite warehouse at {empty} (it has no schema): run ./voced db migrate"));

        var missing = Path.Combine(_home.Path, "no", "such", "folder", "w.db");
        var summary = await CliRun.RunAsync("--connection", $"Data Source={missing}", "cube", "headlines");
        Assert.That(summary.Error.Trim(), Does.StartWith($"voced: error: no warehouse at {missing}: run ./voced --connection {missing} db migrate"));
        Assert.That(Directory.Exists(Path.Combine(_home.Path, "no")), Is.False);

        var unwritable = await CliRun.RunAsync("--connection", "/proc/voced-nope/w.db", "db", "migrate");
        Assert.That(unwritable.ExitCode, Is.EqualTo(2));
        Assert.That(unwritable.Error.TrimEnd().Split('\n'), Has.Length.EqualTo(1));
        Assert.That(unwritable.Error, Does.Contain("/proc/voced-nope/w.db"));
    }

    [Test]
    public async Task Ingest_warns_of_an_empty_folder_exits_1_for_a_quarantined_file_and_reports_it_sent_again_as_a_duplicate()
    {
        var inbox = Directory.CreateDirectory(Path.Combine(_home.Path, "inbox")).FullName;
        Assert.That((await CliRun.RunAsync("pseudonym-key", "init")).ExitCode, Is.Zero);
        var empty = await CliRun.RunAsync("ingest", inbox);
        Assert.That(empty.ExitCode, Is.Zero, empty.Error);
        Assert.That(empty.Error, Does.Contain("voced: warning: no submission files in"));

        await File.WriteAllTextAsync(Path.Combine(inbox, "x.csv"), "colour,size\r\nred,1\r\n");
        var first = await CliRun.RunAsync("ingest", inbox);
        Assert.That(first.ExitCode, Is.EqualTo(1), "a quarantined file is something a cron job must notice");
        Assert.That(first.Output, Does.Contain("quarantined").And.Contain("file_unknown_kind"));
        var again = await CliRun.RunAsync("ingest", inbox);
        Assert.That(again.ExitCode, Is.EqualTo(1));
        Assert.That(again.Output, Does.StartWith("duplicate").And.Contain("1 duplicate"));
        var usage = await CliRun.RunAsync("ingest", Path.Combine(_home.Path, "nowhere"));
        Assert.That((usage.ExitCode, usage.Error.Trim()), Is.EqualTo((2, $"voced: error: no such file or folder: {Path.Combine(_home.Path, "nowhere")}")));
    }

    [Test]
    public async Task Demo_builds_a_fresh_warehouse_and_prints_its_summary()
    {
        var run = await CliRun.RunAsync("demo", "--scale", "tiny");
        Assert.That(run.ExitCode, Is.Zero, run.Error);
        Assert.That(run.Output, Does.Contain("academic year 2024 (2024-2025学年; graduates of 2025)"), "the demo's year is fixed and stated");
        Assert.That(run.Output, Does.Match(@"load jobs: \d+ files — \d+ loaded"), "the loads ran as jobs");
        Assert.That(run.Output, Does.Match(@"fact_enrollment\s+[1-9]"));
        Assert.That(run.Output, Does.Match(@"regions: provinces\s+31"));
        Assert.That(run.Output, Does.Match(@"regions: prefectures\s+342"));
        Assert.That(run.Output, Does.Match(@"regions: counties\s+2,978"));
        Assert.That(run.Output, Does.Match(@"major categories: secondary\s+19"));
        Assert.That(run.Output, Does.Match(@"industry sections\s+20"));
        Assert.That(run.Output, Does.Contain("rendered the dashboards (").And.Contain(Path.Combine(_home.Path, "data", "demo", "dashboards", "index.html")));
        Assert.That(File.Exists(Path.Combine(_home.Path, "data", "demo", "dashboards", "assets", "site.css")));
        var workbooks = Regex.Matches(run.Output, @"wrote the (regional-quality|major-industry-alignment) workbook for (\w+): (.+\.xlsx)");
        Assert.That(workbooks.Select(m => m.Groups[1].Value + " " + m.Groups[2].Value), Does.Contain("regional-quality CN").And.Contain("major-industry-alignment CN"));
        Assert.That(workbooks.Select(m => m.Groups[3].Value), Has.All.Matches<string>(File.Exists));
        var again = await CliRun.RunAsync("demo", "--scale", "tiny");
        var migrated = Regex.Match(run.Output, @"migrated \([1-9][0-9]* migration\(s\)\)").Value;
        Assert.That(migrated, Is.Not.Empty, "the first demo applies every migration");
        Assert.That(again.Output, Does.Contain(migrated), "a second demo starts fresh again (every migration applied again)");
    }

    [Test]
    public async Task The_pseudonym_key_is_made_only_by_init_which_refuses_to_make_it_twice()
    {
        var keyFile = Path.Combine(_home.Path, "data", "secrets", "pseudonym-key.json");
        var sample = Directory.CreateDirectory(Path.Combine(_home.Path, "in")).FullName;
        var ingest = await CliRun.RunAsync("ingest", sample);
        Assert.That(ingest.ExitCode, Is.EqualTo(2));
        Assert.That(ingest.Error.TrimEnd().Split('\n'), Has.Length.EqualTo(1));
        Assert.That(ingest.Error, Does.Contain(keyFile).And.Contain("pseudonym-key init"));
        Assert.That(File.Exists(keyFile), Is.False, "no key is made on the fly");

        var init = await CliRun.RunAsync("pseudonym-key", "init");
        Assert.That(init.ExitCode, Is.Zero, init.Error);
        var fingerprint = Regex.Match(init.Output, "fingerprint ([0-9a-f]{32})").Groups[1].Value;
        Assert.That(fingerprint, Is.Not.Empty);
        var shown = await CliRun.RunAsync("pseudonym-key", "fingerprint");
        Assert.That(shown.Output, Does.Contain($"version 1: {fingerprint} (current)"));
        Assert.That(shown.Output, Does.Not.Contain(File.ReadAllText(keyFile).Split('"').First(t => t.Length > 40)), "the key itself is never printed");
        var again = await CliRun.RunAsync("pseudonym-key", "init");
        Assert.That((again.ExitCode, again.Error.TrimEnd().Split('\n').Length), Is.EqualTo((2, 1)));
        Assert.That((await CliRun.RunAsync("ingest", sample)).ExitCode, Is.Zero);
    }

    [Test]
    public async Task A_corrupt_or_open_key_file_is_one_line_naming_the_file()
    {
        var keyFile = Path.Combine(_home.Path, "data", "secrets", "pseudonym-key.json");
        Assert.That((await CliRun.RunAsync("pseudonym-key", "init")).ExitCode, Is.Zero);
        File.WriteAllText(keyFile, "{ not a key");
        var corrupt = await CliRun.RunAsync("ingest", _home.Path);
        Assert.That((corrupt.ExitCode, corrupt.Error.TrimEnd().Split('\n').Length), Is.EqualTo((2, 1)));
        Assert.That(corrupt.Error, Does.StartWith("voced: error:").And.Contain(keyFile).And.Not.Contain("internal error"));
        if (!OperatingSystem.IsWindows())
        {
            File.Delete(keyFile);
            Assert.That((await CliRun.RunAsync("pseudonym-key", "init")).ExitCode, Is.Zero);
            File.SetUnixFileMode(keyFile, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead | UnixFileMode.OtherRead);
            var open = await CliRun.RunAsync("pseudonym-key", "fingerprint");
            Assert.That((open.ExitCode, open.Error), Is.EqualTo((2, open.Error)));
            Assert.That(open.Error, Does.Contain(keyFile).And.Contain("644").And.Contain("chmod 600"));
        }
    }

    [Test]
    public async Task Terminal_control_characters_in_file_names_are_escaped_in_the_summary()
    {
        Assert.That((await CliRun.RunAsync("pseudonym-key", "init")).ExitCode, Is.Zero);
        var folder = Directory.CreateDirectory(Path.Combine(_home.Path, "in")).FullName;
        File.WriteAllText(Path.Combine(folder, "evil\u001b[2J\u001b]0;title\u0007\u202e.csv"), "a,b\n1,2\n");
        var run = await CliRun.RunAsync("ingest", folder);
        Assert.That(run.Output, Does.Contain("evil\\x1b[2J\\x1b]0;title\\x07\\u{202e}.csv"));
        Assert.That((run.Output + run.Error).Where(c => c is '\u001b' or '\u0007' or '\u202e'), Is.Empty, "no control character reaches the terminal");
    }

    [Test]
    public async Task The_demo_makes_its_own_key_explicitly_and_runs_again()
    {
        var run = await CliRun.RunAsync("demo", "--scale", "tiny");
        Assert.That(run.ExitCode, Is.Zero, run.Error);
        Assert.That(run.Output, Does.Contain("made the demo's own pseudonym key"));
        Assert.That(File.Exists(Path.Combine(_home.Path, "data", "secrets", "pseudonym-key.json")), Is.False, "the demo never makes the warehouse's key");
    }
}

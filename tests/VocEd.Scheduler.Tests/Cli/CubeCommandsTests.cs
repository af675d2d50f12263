using Microsoft.EntityFrameworkCore;
using VocEd.Testing;
using VocEd.Testing.Cubes;
using VocEd.Warehouse.Data;

namespace VocEd.Scheduler.Tests.Cli;

/// <summary>refresh, cube query/headlines, export and db grant-readonly through the command line, on a SQLite fixture.</summary>
[NonParallelizable]
public sealed class CubeCommandsTests
{
    private TempDirectory _temp = null!; // Assigned in SetUp.
    private string _connection = null!; // Assigned in SetUp.

    [SetUp]
    public async Task SetUpAsync()
    {
        _temp = new TempDirectory("voced-cube-cli");
        Environment.SetEnvironmentVariable("VOCED_HOME", _temp.Path);
        var options = await CubeFixture.CreateWithFactsAsync(WarehouseProvider.Sqlite, _temp);
        _connection = options.ConnectionString;
    }

    [TearDown]
    public void TearDown()
    {
        Environment.SetEnvironmentVariable("VOCED_HOME", null);
        _temp.Dispose();
    }

    [TestCase("refresh")]
    [TestCase("export")]
    [TestCase("cube", "query")]
    [TestCase("cube", "headlines")]
    [TestCase("db", "dictionary")]
    [TestCase("db", "grant-readonly")]
    public async Task Every_new_command_answers_help(params string[] command)
    {
        var run = await CliRun.RunAsync([.. command, "--help"]);
        Assert.That(run.ExitCode, Is.Zero, run.Error);
        Assert.That(run.Output, Does.Contain("Usage:"));
    }

    [Test]
    public async Task Refresh_then_query_prints_the_province_quality_by_school_type_as_csv()
    {
        var refresh = await Voced("refresh");
        Assert.That(refresh.Output, Does.StartWith("full refresh #1"));
        var again = await Voced("refresh");
        Assert.That(again.Output, Does.StartWith("incremental refresh #2: 0 submission(s) seen"));

        var query = await Voced("cube", "query", "--cube", "quality", "--region", "44", "--year", "2024", "--by", "school_type", "--format", "csv");
        Assert.That(query.ExitCode, Is.Zero, query.Error);
        var lines = query.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.That(lines, Has.Length.EqualTo(5), "header + all, associate, secondary, technical");
        Assert.That(lines[1], Does.StartWith("44,province,2024,all,2,12,8,5,0.875,"));
        Assert.That(lines[3].TrimEnd(), Does.Contain(",secondary,").And.EndWith(",true"), "2 graduates: rates suppressed");
    }

    [Test]
    public async Task Query_as_a_table_names_indicators_in_chinese_and_headlines_list_the_provinces()
    {
        await Voced("refresh", "--full");
        var table = await Voced("cube", "query", "--cube", "quality", "--region", "CN", "--year", "2024");
        Assert.That(table.Output, Does.Contain("毕业去向落实率").And.Contain("region_code=CN"));
        var headlines = await Voced("cube", "headlines");
        Assert.That(headlines.Output, Does.Contain("academic year 2024").And.Contain("  44 ").And.Contain("  45 "));
    }

    [Test]
    public async Task Export_writes_csv_and_parquet_and_a_manifest()
    {
        await Voced("refresh");
        var run = await Voced("export", "--format", "csv", "--out", _temp.File("out"));
        Assert.That(run.ExitCode, Is.Zero, run.Error);
        Assert.That(File.Exists(_temp.File("out/cube_quality.csv")) && !File.Exists(_temp.File("out/cube_quality.parquet")));
        Assert.That(File.Exists(_temp.File("out/manifest.json")));
        var bad = await Voced("export", "--format", "xlsx", "--out", _temp.File("out2"));
        Assert.That((bad.ExitCode, bad.Error.Trim()), Is.EqualTo((2, "voced: error: unknown export format 'xlsx': use csv or parquet")));
    }

    [TestCase("44", "2019")]
    [TestCase("99", "2024")]
    public async Task A_query_with_no_rows_says_so_with_the_years_and_regions_the_cube_has_and_exits_1(string region, string year)
    {
        await Voced("refresh");
        var run = await Voced("cube", "query", "--cube", "quality", "--region", region, "--year", year);
        Assert.That(run.ExitCode, Is.EqualTo(1));
        Assert.That(run.Output, Is.Empty);
        Assert.That(run.Error.TrimEnd().Split('\n'), Has.Length.EqualTo(1));
        Assert.That(run.Error, Does.StartWith($"voced: no rows for cube_quality region {region} year {year}: cube_quality has years 2024 and regions CN, "));
        Assert.That(run.Error, Does.Contain(", 44, 45 and 3 prefectures (4401, 4403, 4501)"));
    }

    [Test]
    public async Task A_school_cube_query_with_no_rows_names_the_provinces_and_prefectures_its_schools_lie_in()
    {
        await Voced("refresh");
        var run = await Voced("cube", "query", "--cube", "quality_school", "--region", "44", "--year", "2019");
        Assert.That((run.ExitCode, run.Output), Is.EqualTo((1, string.Empty)), run.Error);
        Assert.That(run.Error.TrimEnd().Split('\n'), Has.Length.EqualTo(1));
        Assert.That(run.Error, Does.StartWith("voced: no rows for cube_quality_school region 44 year 2019: cube_quality_school has years 2024 and regions 44, 45 and 3 prefectures (4401, 4403, 4501)"));
    }

    [Test]
    public async Task A_query_of_empty_cubes_says_to_ingest_and_refresh()
    {
        var query = await Voced("cube", "query", "--cube", "graduate_fit");
        Assert.That((query.ExitCode, query.Error.Trim()), Is.EqualTo((1, "voced: no rows for cube_graduate_fit: cube_graduate_fit is empty: load submissions with ./voced ingest, then run ./voced refresh")));
        var headlines = await Voced("cube", "headlines");
        Assert.That(headlines.ExitCode, Is.EqualTo(1));
        Assert.That(headlines.Error, Does.Contain("no rows").And.Contain("./voced refresh"));
    }

    [Test]
    public async Task Query_csv_writes_every_digit_the_export_writes()
    {
        await Voced("refresh");
        var query = await Voced("cube", "query", "--cube", "quality", "--region", "CN", "--year", "2024", "--format", "csv");
        var export = await Voced("export", "--format", "csv", "--out", _temp.File("digits"));
        Assert.That((query.ExitCode, export.ExitCode), Is.EqualTo((0, 0)), query.Error + export.Error);
        var queried = query.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries)[1].TrimEnd().Split(',');
        var lines = File.ReadAllLines(_temp.File("digits/cube_quality.csv"));
        var header = query.Output.Split('\n')[0].TrimEnd().Split(',').ToList();
        var exportHeader = lines[0].TrimStart('\uFEFF').Split(',').ToList();
        var exported = lines.Skip(1).Select(l => l.Split(','))
            .Single(f => f[exportHeader.IndexOf("region_code")] == "CN" && f[exportHeader.IndexOf("academic_year")] == "2024" && f[exportHeader.IndexOf("school_type")] == "all");
        foreach (var column in new[] { "placement_rate", "related_rate", "student_teacher_ratio", "equipment_per_student", "mean_monthly_salary" })
        {
            var text = queried[header.IndexOf(column)];
            Assert.That(text, Is.EqualTo(exported[exportHeader.IndexOf(column)]), column);
            Assert.That(text.Replace(".", string.Empty, StringComparison.Ordinal).TrimStart('0').Length, Is.LessThanOrEqualTo(17), column);
        }

        // Every digit: the text reads back as the very double the cube holds.
        await using var db = WarehouseDbContextFactory.Create(new WarehouseOptions(WarehouseProvider.Sqlite, _connection));
        var cn = await db.CubeQuality.SingleAsync(q => q.RegionCode == "CN" && q.AcademicYear == 2024 && q.SchoolType == "all");
        Assert.That(double.Parse(queried[header.IndexOf("student_teacher_ratio")], System.Globalization.CultureInfo.InvariantCulture), Is.EqualTo(cn.StudentTeacherRatio));
        Assert.That(double.Parse(queried[header.IndexOf("equipment_per_student")], System.Globalization.CultureInfo.InvariantCulture), Is.EqualTo(cn.EquipmentPerStudent));
    }

    [Test]
    public async Task Headlines_say_what_the_mismatch_index_compares()
    {
        await Voced("refresh");
        var run = await Voced("cube", "headlines");
        Assert.That(run.ExitCode, Is.Zero, run.Error);
        Assert.That(run.Output, Does.Contain("错配指数(在校生/增加值)").And.Contain("enrollment (在校生").And.Contain("value added (增加值)"));
    }

    [Test]
    public async Task Export_to_a_folder_that_cannot_be_written_is_one_line_that_names_it()
    {
        await Voced("refresh");
        var run = await Voced("export", "--out", "/proc/nope");
        Assert.That(run.ExitCode, Is.EqualTo(2));
        Assert.That(run.Error.TrimEnd().Split('\n'), Has.Length.EqualTo(1));
        Assert.That(run.Error, Does.StartWith("voced: error: cannot write to /proc/nope").And.Contain("give --out a folder you can write to"));
    }

    [Test]
    public async Task Grant_readonly_on_sqlite_explains_the_read_only_connection_mode()
    {
        var run = await Voced("db", "grant-readonly", "--user", "analyst");
        Assert.That(run.ExitCode, Is.Zero, run.Error);
        Assert.That(run.Output, Does.Contain("Mode=ReadOnly"));
    }

    private Task<CliRun> Voced(params string[] args) => CliRun.RunAsync(["--provider", "sqlite", "--connection", _connection, .. args]);
}

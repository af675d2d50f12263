using System.Text.Json;
using DuckDB.NET.Data;
using VocEd.Cubes.Refresh;
using VocEd.Reports.Exports;
using VocEd.Testing;
using VocEd.Testing.Cubes;
using VocEd.Warehouse.Data;
using VocEd.Warehouse.Indicators;

namespace VocEd.Reports.Tests.Exports;

/// <summary>The export opens in independent readers: Python's csv module for CSV, DuckDB for Parquet; row counts, Chinese and disclosure control hold.</summary>
public sealed class CubeExporterTests
{
    private TempDirectory _temp = null!; // Assigned in OneTimeSetUp.
    private ExportManifest _manifest = null!; // Assigned in OneTimeSetUp.
    private string _out = null!; // Assigned in OneTimeSetUp.

    [OneTimeSetUp]
    public async Task ExportOnceAsync()
    {
        _temp = new TempDirectory();
        var options = await CubeFixture.CreateWithFactsAsync(WarehouseProvider.Sqlite, _temp);
        await new CubeRefresher(options, TimeProvider.System).RefreshAsync(full: true, CancellationToken.None);
        _out = _temp.File("export");
        _manifest = await new CubeExporter(options, TimeProvider.System).ExportAsync(_out, ExportFormats.Both, minimumDenominator: 5, CancellationToken.None);
    }

    [OneTimeTearDown]
    public void TearDown() => _temp.Dispose();

    [Test]
    public void Every_cube_is_written_as_csv_and_parquet_with_a_codebook_and_a_manifest()
    {
        var names = _manifest.Files.Select(f => f.File).ToList();
        foreach (var cube in new[] { "cube_quality", "cube_alignment", "cube_alignment_section", "cube_graduate_fit" })
        {
            Assert.That(names, Does.Contain(cube + ".csv").And.Contain(cube + ".parquet"));
        }

        Assert.That(names, Does.Contain("codebook.md").And.Contain("codebook.json"));
        Assert.That(File.Exists(Path.Combine(_out, "manifest.json")));
        using var manifest = JsonDocument.Parse(File.ReadAllText(Path.Combine(_out, "manifest.json")));
        var quality = manifest.RootElement.GetProperty("files").EnumerateArray().First(f => f.GetProperty("file").GetString() == "cube_quality.csv");
        Assert.That(quality.GetProperty("rows").GetInt32(), Is.EqualTo(23));
        Assert.That(quality.GetProperty("sha256").GetString(), Has.Length.EqualTo(64));
    }

    [Test]
    public void Csv_opens_in_pythons_csv_module_with_the_right_rows_bom_and_chinese()
    {
        var script = """
            import csv, sys
            with open(sys.argv[1], encoding='utf-8-sig', newline='') as f:
                rows = list(csv.DictReader(f))
            r = [x for x in rows if x['region_code'] == '44' and x['school_type'] == 'all'][0]
            print(len(rows), r['region_name_zh'], r['placement_rate'], r['suppressed'], repr(rows[0]['region_code']))
            """;
        var path = _temp.File("read.py");
        File.WriteAllText(path, script);
        var csvPath = Path.Combine(_out, "cube_quality.csv");
        Assert.That(File.ReadAllBytes(csvPath).Take(3), Is.EqualTo(new byte[] { 0xEF, 0xBB, 0xBF }), "UTF-8 with BOM");
        var printed = ProcessRunner.Run("python3", path, csvPath).Trim();
        Assert.That(printed, Is.EqualTo("23 广东省 0.875 false '44'"));
    }

    [Test]
    public void Rates_with_a_denominator_below_the_minimum_are_empty_and_flagged()
    {
        var lines = File.ReadAllLines(Path.Combine(_out, "cube_quality.csv"));
        var header = lines[0].TrimStart('\uFEFF').Split(',');
        var row = lines.Select(l => l.Split(',')).Single(f => f[0] == "4403" && f[Array.IndexOf(header, "school_type")] == "all");
        Assert.That(row[Array.IndexOf(header, "placement_rate")], Is.Empty, "2 graduates < 5");
        Assert.That(row[Array.IndexOf(header, "median_monthly_salary")], Is.Empty);
        Assert.That(row[Array.IndexOf(header, "graduates")], Is.EqualTo("2"), "counts are not suppressed");
        Assert.That(row[Array.IndexOf(header, "suppressed")], Is.EqualTo("true"));
    }

    [Test]
    public async Task Parquet_opens_in_duckdb_with_the_right_rows_and_chinese()
    {
        await using var connection = new DuckDBConnection("Data Source=:memory:");
        await connection.OpenAsync();
        foreach (var file in _manifest.Files.Where(f => f.File.EndsWith(".parquet", StringComparison.Ordinal)))
        {
            await using var count = connection.CreateCommand();
            count.CommandText = $"select count(*) from read_parquet('{Path.Combine(_out, file.File)}')";
            Assert.That(Convert.ToInt32(await count.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture), Is.EqualTo(file.Rows), file.File);
        }

        await using var command = connection.CreateCommand();
        command.CommandText = $"select region_name_zh, placement_rate, students, suppressed from read_parquet('{Path.Combine(_out, "cube_quality.parquet")}') where region_code = '44' and school_type = 'all'";
        await using var reader = await command.ExecuteReaderAsync();
        Assert.That(await reader.ReadAsync());
        Assert.That((reader.GetString(0), reader.GetDouble(1), reader.GetInt64(2), reader.GetBoolean(3)), Is.EqualTo(("广东省", 0.875, 12L, false)));
    }

    [Test]
    public void The_codebook_defines_each_indicator_from_the_registry_and_lists_the_codes()
    {
        var md = File.ReadAllText(Path.Combine(_out, "codebook.md"));
        Assert.That(md, Does.Contain("| placement_rate | double | 毕业去向落实率 |"));
        Assert.That(md, Does.Contain("| 44 | 广东省 | province |"));
        Assert.That(md, Does.Contain("| Q | 卫生和社会工作 |"));
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(_out, "codebook.json")));
        Assert.That(json.RootElement.GetProperty("cubes").GetArrayLength(), Is.EqualTo(CubeCatalog.All.Count).And.EqualTo(10));
        Assert.That(md, Does.Contain("| student_count_mismatch | boolean | 在籍人数与概况不符 |"));
        Assert.That(md, Does.Contain("## cube_quality_school").And.Contain("| breach_fulltime_teachers | boolean | 未达标：专任教师数 |"));
        Assert.That(md, Does.Contain("| deadline_date | date (yyyy-MM-dd) |").And.Contain("| first_received_at | timestamp (UTC) |"));
    }
}

using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using VocEd.Cubes.Refresh;
using VocEd.Etl;
using VocEd.Etl.Ingest;
using VocEd.Etl.Pseudonymize;
using VocEd.Etl.Withdraw;
using VocEd.Generator;
using VocEd.Testing;
using VocEd.Testing.Cubes;
using VocEd.Warehouse.Data;
using VocEd.Warehouse.Model.Etl;
using VocEd.Warehouse.Reference;

namespace VocEd.Cubes.Tests.Refresh;

/// <summary>
/// Two warehouses that receive the same changes in the same order, as users make them — loads, corrections, withdrawals,
/// late school profiles, reference-data changes — one refreshed incrementally, the other fully, so that their cubes can
/// be compared after every refresh. The changes come from a tiny generated sample (two academic years, CSV in UTF-8, no
/// faults) and from copies of its files edited as a school's correction would be.
/// </summary>
internal sealed class ChangeSequence
{
    private static readonly Lazy<string> _sample = new(() =>
    {
        var folder = Path.Combine(Path.GetTempPath(), $"voced-change-sequence-{Environment.ProcessId}");
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }

        new SampleGenerator(ReferenceDataSet.Load())
            .RunAsync(new GeneratorOptions(GeneratorScale.Tiny, 2024, folder, Years: 2, Seed: 11, Formats: new HashSet<SubmissionFormat> { SubmissionFormat.Csv }, Encoding: EncodingMode.Utf8), null, CancellationToken.None)
            .GetAwaiter().GetResult();
        return folder;
    });

    private readonly TempDirectory _temp;
    private readonly Pseudonymizer _pseudonymizer = new(new PseudonymKey(1, Enumerable.Range(1, PseudonymKey.KeyBytes).Select(b => (byte)b).ToArray()));
    private int _files;

    private ChangeSequence(TempDirectory temp, WarehouseOptions incremental, WarehouseOptions full)
    {
        _temp = temp;
        Incremental = incremental;
        Full = full;
    }

    /// <summary>The generated sample's files (shared by every test of the run; deleted when the process's temp files are).</summary>
    public static string Sample => _sample.Value;

    /// <summary>Refreshed incrementally after each step.</summary>
    public WarehouseOptions Incremental { get; }

    /// <summary>Refreshed fully after each step.</summary>
    public WarehouseOptions Full { get; }

    public static async Task<ChangeSequence> CreateAsync(WarehouseProvider provider, TempDirectory temp)
    {
        ArgumentNullException.ThrowIfNull(temp);
        var incremental = await CubeFixture.CreateAsync(provider, temp, "incremental.db");
        var full = await CubeFixture.CreateAsync(provider, temp, "full.db");
        return new ChangeSequence(temp, incremental, full);
    }

    /// <summary>Ingests the files into both warehouses (their own quarantine folders); the outcomes of the incremental one.</summary>
    public async Task<IReadOnlyList<SubmissionOutcome>> IngestAsync(params string[] files)
    {
        var outcomes = new List<SubmissionOutcome>();
        foreach (var (warehouse, name) in new[] { (Incremental, "incremental"), (Full, "full") })
        {
            var options = new EtlOptions
            {
                QuarantineDirectory = Path.Combine(_temp.Path, "quarantine-" + name),
                StoreDirectory = Path.Combine(_temp.Path, "store-" + name),
                PseudonymKeyFile = Path.Combine(_temp.Path, "unused-key.json"),
            };
            var summary = await new IngestRunner(warehouse, ReferenceDataSet.Load(), _pseudonymizer, options, TimeProvider.System).RunAsync(files, null, CancellationToken.None);
            Assert.That(summary.Failed, Is.Zero, string.Join("; ", summary.Submissions.Where(s => s.Status == SubmissionStatuses.Failed).Select(s => s.Reason)));
            if (outcomes.Count == 0)
            {
                outcomes.AddRange(summary.Submissions);
            }
            else
            {
                Assert.That(summary.Submissions.Select(s => s.Status), Is.EqualTo(outcomes.Select(s => s.Status)), "both warehouses take the files alike");
            }
        }

        return outcomes;
    }

    /// <summary>
    /// Withdraws the loaded submission of (kind, submitter, year) from both warehouses; false when it was refused (a
    /// school's last profile with facts), alike in both.
    /// </summary>
    public async Task<bool> WithdrawAsync(string kind, string submitter, int year)
    {
        var done = new List<bool>();
        foreach (var warehouse in new[] { Incremental, Full })
        {
            await using var db = WarehouseDbContextFactory.Create(warehouse);
            var id = await db.EtlSubmissions.Where(s => s.Kind == kind && s.SubmitterCode == submitter && s.Year == year && s.Status == SubmissionStatuses.Loaded)
                .Select(s => s.SubmissionId).SingleAsync();
            try
            {
                await new SubmissionWithdrawer(TimeProvider.System).WithdrawAsync(db, id, CancellationToken.None);
                done.Add(true);
            }
            catch (WithdrawalRefusedException ex)
            {
                Assert.That(ex.Reason, Is.EqualTo(WithdrawalRefusedException.ProfileHasDependentFacts));
                done.Add(false);
            }
        }

        Assert.That(done[1], Is.EqualTo(done[0]), "both warehouses withdraw alike");
        return done[0];
    }

    /// <summary>The loaded submissions (kind, submitter, year) of the incremental warehouse, in id order.</summary>
    public async Task<List<(string Kind, string Submitter, int Year)>> LoadedAsync()
    {
        await using var db = WarehouseDbContextFactory.Create(Incremental);
        var rows = await db.EtlSubmissions.Where(s => s.Status == SubmissionStatuses.Loaded && s.SubmitterCode != null && s.Year != null)
            .OrderBy(s => s.SubmissionId).Select(s => new { s.Kind, s.SubmitterCode, s.Year }).ToListAsync();
        return [.. rows.Select(r => (r.Kind, r.SubmitterCode ?? string.Empty, r.Year ?? 0))];
    }

    /// <summary>
    /// A reference-data change, as a new crosswalk would make it: one education crosswalk edge's weight set to 0, or, if
    /// it is 0, to 0.25 — in both warehouses.
    /// </summary>
    public async Task ChangeCrosswalkAsync(Random random)
    {
        ArgumentNullException.ThrowIfNull(random);
        string category;
        string section;
        await using (var db = WarehouseDbContextFactory.Create(Incremental))
        {
            var edges = await db.BridgeMajorIndustries.Where(b => b.Crosswalk == "education").OrderBy(b => b.MajorCategoryCode).ThenBy(b => b.SectionCode)
                .Select(b => new { b.MajorCategoryCode, b.SectionCode }).ToListAsync();
            var edge = edges[random.Next(edges.Count)];
            (category, section) = (edge.MajorCategoryCode, edge.SectionCode);
        }

        foreach (var warehouse in new[] { Incremental, Full })
        {
            await using var db = WarehouseDbContextFactory.Create(warehouse);
            foreach (var row in await db.BridgeMajorIndustries.Where(b => b.Crosswalk == "education" && b.MajorCategoryCode == category && b.SectionCode == section).ToListAsync())
            {
                row.Weight = row.Weight > 0 ? 0m : 0.25m;
            }

            await db.SaveChangesAsync();
        }
    }

    /// <summary>Refreshes both (incremental and full); the incremental refresh's report.</summary>
    public async Task<CubeRefreshReport> RefreshAsync()
    {
        var report = await new CubeRefresher(Incremental, TimeProvider.System).RefreshAsync(full: false, CancellationToken.None);
        await new CubeRefresher(Full, TimeProvider.System).RefreshAsync(full: true, CancellationToken.None);
        return report;
    }

    /// <summary>
    /// A correction of <paramref name="file"/>, as its submitter would send it: a school profile with its county (and so
    /// its region) changed to <paramref name="county"/> and its students_total changed; any other file with some of its data
    /// rows left out (at least one stays). Written under a new name; returns its path.
    /// </summary>
    public string Correct(string file, Random random, string county)
    {
        ArgumentNullException.ThrowIfNull(random);
        var lines = File.ReadAllLines(file, Encoding.UTF8).Where(l => l.Length > 0).ToList();
        var header = Fields(lines[0]);
        List<string> corrected;
        if (file.Contains("school_profile", StringComparison.Ordinal))
        {
            var countyColumn = Column(header, "county_code", "所在县区代码");
            var studentsColumn = Column(header, "students_total", "在校生数");
            corrected = [lines[0], .. lines.Skip(1).Select(line =>
            {
                var fields = Fields(line);
                fields[countyColumn] = county;
                fields[studentsColumn] = (int.Parse(fields[studentsColumn], CultureInfo.InvariantCulture) + 1 + random.Next(100)).ToString(CultureInfo.InvariantCulture);
                return string.Join(",", fields.Select(Quote));
            })];
        }
        else
        {
            var rows = lines.Skip(1).ToList();
            var keep = rows.Where(_ => random.NextDouble() < 0.7).ToList();
            corrected = [lines[0], .. keep.Count > 0 ? keep : rows.Take(1)];
        }

        var path = Path.Combine(_temp.Path, "corrections", $"{++_files:000}", Path.GetFileName(file));
        Directory.CreateDirectory(Path.GetDirectoryName(path) ?? _temp.Path);
        File.WriteAllLines(path, corrected, new UTF8Encoding(false));
        return path;
    }

    /// <summary>The county codes of the sample's school profiles (counties that exist, for a correction to move a school to).</summary>
    public static IReadOnlyList<string> Counties(IEnumerable<string> profiles) =>
        [.. profiles.SelectMany(f =>
        {
            var lines = File.ReadAllLines(f, Encoding.UTF8).Where(l => l.Length > 0).ToList();
            var column = Column(Fields(lines[0]), "county_code", "所在县区代码");
            return lines.Skip(1).Select(l => Fields(l)[column]);
        }).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];

    private static int Column(List<string> header, string english, string chinese)
    {
        var index = header.FindIndex(h => string.Equals(h.Trim(), english, StringComparison.OrdinalIgnoreCase) || h.Trim().Normalize(NormalizationForm.FormKC) == chinese);
        return index >= 0 ? index : throw new InvalidOperationException($"no column {english} in {string.Join(",", header)}");
    }

    /// <summary>The fields of one CSV record (RFC 4180 quoting; the sample's records have no line breaks inside fields).</summary>
    private static List<string> Fields(string line)
    {
        var fields = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < line.Length && line[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    field.Append(c);
                }
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c == ',')
            {
                fields.Add(field.ToString());
                field.Clear();
            }
            else
            {
                field.Append(c);
            }
        }

        fields.Add(field.ToString());
        return fields;
    }

    private static string Quote(string value) =>
        value.IndexOfAny([',', '"']) >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;
}

using System.Security.Cryptography;
using System.Text.Json;
using VocEd.Generator.Tests.Support;

namespace VocEd.Generator.Tests;

public sealed class SampleGeneratorTests
{
    [Test]
    public void Same_arguments_give_byte_identical_output()
    {
        var a = GeneratedRuns.TinyFaulty.Directory;
        var b = GeneratedRuns.Get("tiny-faulty-again", d => new GeneratorOptions(GeneratorScale.Tiny, 2024, d, Years: 2, FaultRate: 0.05)).Directory;

        Assert.That(Fingerprint(b), Is.EqualTo(Fingerprint(a)));
    }

    [Test]
    public void Another_seed_gives_other_output()
    {
        var other = GeneratedRuns.Get("tiny-faulty-seed", d => new GeneratorOptions(GeneratorScale.Tiny, 2024, d, Years: 2, Seed: 99, FaultRate: 0.05)).Directory;

        Assert.That(Fingerprint(other), Is.Not.EqualTo(Fingerprint(GeneratedRuns.TinyFaulty.Directory)));
    }

    [TestCase("clean")]
    [TestCase("faulty")]
    public void The_manifest_lists_every_file_written_with_its_size_hash_and_row_count(string which)
    {
        var directory = which == "clean" ? GeneratedRuns.TinyClean.Directory : GeneratedRuns.TinyFaulty.Directory;
        var files = GeneratedRuns.Manifest(directory).GetProperty("files").EnumerateArray().ToList();
        var onDisk = Directory.EnumerateFiles(directory, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(directory, f).Replace('\\', '/')).Where(f => f != "manifest.json").Order(StringComparer.Ordinal);

        Assert.Multiple(() =>
        {
            Assert.That(files.Select(f => f.GetProperty("path").GetString()).Order(StringComparer.Ordinal), Is.EqualTo(onDisk));
            foreach (var f in files)
            {
                var path = Path.Combine(directory, f.GetProperty("path").GetString()!); // the manifest always writes a path
                var bytes = File.ReadAllBytes(path);
                Assert.That(bytes.LongLength, Is.EqualTo(f.GetProperty("bytes").GetInt64()), path);
                Assert.That(Convert.ToHexStringLower(SHA256.HashData(bytes)), Is.EqualTo(f.GetProperty("sha256").GetString()), path);
                if (f.GetProperty("quarantine_reason").GetString() != "file_unreadable")
                {
                    var read = SubmissionReader.Read(path);
                    Assert.That(read?.Rows.Count, Is.EqualTo(f.GetProperty("rows").GetInt32()), path);
                    if (f.GetProperty("encoding").GetString() is { } encoding && f.GetProperty("format").GetString() == "csv")
                    {
                        Assert.That(SubmissionReader.DetectEncoding(bytes), Is.EqualTo(encoding).Or.EqualTo("utf-8").And.Not.EqualTo("utf-8-bom"), path);
                    }
                }
            }
        });
    }

    [Test]
    public void Every_file_has_exactly_the_columns_of_its_template()
    {
        var directory = GeneratedRuns.TinyFaulty.Directory;
        var files = GeneratedRuns.Manifest(directory).GetProperty("files").EnumerateArray()
            .Where(f => f.GetProperty("quarantine_reason").GetString() != "file_unreadable");

        Assert.Multiple(() =>
        {
            foreach (var f in files)
            {
                var template = Templates.SubmissionTemplates.All.Single(t => t.Name == f.GetProperty("kind").GetString());
                var read = SubmissionReader.Read(Path.Combine(directory, f.GetProperty("path").GetString()!)); // the manifest always writes a path
                Assert.That(read?.Columns, Is.EquivalentTo(template.Columns.Select(c => c.Name)), f.GetProperty("path").GetString());
            }
        });
    }

    [Test]
    public void Without_faults_every_row_passes_the_template_rules()
    {
        var verdicts = new ContractChecker(GeneratedRuns.Reference).CheckFolder(GeneratedRuns.TinyClean.Directory);

        Assert.Multiple(() =>
        {
            Assert.That(verdicts.SelectMany(v => v.Rejections).Take(20), Is.Empty);
            Assert.That(verdicts.Where(v => v.Expected != "load").Select(v => v.Path), Is.Empty);
            Assert.That(verdicts.Select(v => v.Kind).Distinct(), Is.EquivalentTo(new[] { "school_profile", "enrollment", "graduate_destination", "regional_industry" }));
        });
    }

    [TestCase(20241UL, 0.05)]
    [TestCase(7UL, 0.15)]
    public void With_faults_the_manifest_lists_exactly_the_rejections_and_quarantines(ulong seed, double rate)
    {
        var directory = seed == 20241UL
            ? GeneratedRuns.TinyFaulty.Directory
            : GeneratedRuns.Get($"tiny-{seed}-{rate}", d => new GeneratorOptions(GeneratorScale.Tiny, 2024, d, Years: 2, Seed: seed, FaultRate: rate)).Directory;
        var manifest = GeneratedRuns.Manifest(directory);
        var verdicts = new ContractChecker(GeneratedRuns.Reference).CheckFolder(directory);
        var expected = manifest.GetProperty("faults").EnumerateArray().Where(f => f.GetProperty("row").ValueKind == JsonValueKind.Number)
            .Select(f => new Rejection(f.GetProperty("file").GetString()!, f.GetProperty("row").GetInt32(), f.GetProperty("column").GetString()!, f.GetProperty("rule_id").GetString()!)) // the manifest always writes these
            .Concat(manifest.GetProperty("consequential_rejections").EnumerateArray()
                .Select(f => new Rejection(f.GetProperty("file").GetString()!, f.GetProperty("row").GetInt32(), f.GetProperty("column").GetString()!, f.GetProperty("rule_id").GetString()!))) // as above
            .ToHashSet();
        var files = manifest.GetProperty("files").EnumerateArray().ToDictionary(f => f.GetProperty("path").GetString()!); // as above

        Assert.Multiple(() =>
        {
            Assert.That(verdicts.SelectMany(v => v.Rejections).ToHashSet(), Is.EquivalentTo(expected));
            foreach (var v in verdicts)
            {
                var f = files[v.Path];
                Assert.That((v.Expected, v.QuarantineReason, v.RejectedRows),
                    Is.EqualTo((f.GetProperty("expected").GetString(), f.GetProperty("quarantine_reason").GetString(), f.GetProperty("expected_rejected_rows").GetInt32())), v.Path);
            }

            Assert.That(expected, Is.Not.Empty);
        });
    }

    [Test]
    public void A_faulty_run_holds_every_fault_kind()
    {
        var directory = GeneratedRuns.Get("tiny-all-kinds", d => new GeneratorOptions(GeneratorScale.Tiny, 2024, d, Years: 3, Seed: 3, FaultRate: 0.1)).Directory;
        var manifest = GeneratedRuns.Manifest(directory);
        var kinds = manifest.GetProperty("faults").EnumerateArray().Select(f => f.GetProperty("fault").GetString()).ToHashSet();

        Assert.Multiple(() =>
        {
            Assert.That(kinds, Is.SupersetOf(new[]
            {
                "invalid_check_digit", "unknown_major", "major_level_mismatch", "gender_mismatch", "missing_required", "out_of_range",
                "duplicate_row", "citizen_id_as_number", "truncated_file", "unreadable_xlsx",
            }));
            Assert.That(manifest.GetProperty("files").EnumerateArray().Count(f => f.GetProperty("corrects").GetString() is not null), Is.GreaterThan(0));
            Assert.That(manifest.GetProperty("files").EnumerateArray().Count(f => f.GetProperty("encoding").GetString() == "gb18030"), Is.GreaterThan(0));
        });
    }

    [Test]
    public void A_correction_has_no_faults_and_sorts_after_its_original()
    {
        var manifest = GeneratedRuns.Manifest(GeneratedRuns.TinyFaulty.Directory);
        var corrections = manifest.GetProperty("files").EnumerateArray().Where(f => f.GetProperty("corrects").GetString() is not null).ToList();
        var faulty = manifest.GetProperty("faults").EnumerateArray().Select(f => f.GetProperty("file").GetString()).ToHashSet();

        Assert.Multiple(() =>
        {
            Assert.That(corrections, Is.Not.Empty);
            foreach (var c in corrections)
            {
                var path = c.GetProperty("path").GetString()!; // written for every file
                var original = c.GetProperty("corrects").GetString()!; // checked non-null above
                Assert.That(faulty, Does.Not.Contain(path));
                Assert.That(faulty, Does.Contain(original));
                Assert.That(string.CompareOrdinal(original, path), Is.LessThan(0), path);
                Assert.That(c.GetProperty("expected_rejected_rows").GetInt32(), Is.Zero);
            }
        });
    }

    [Test]
    public void Progress_is_reported_up_to_all_schools()
    {
        var reports = new List<GeneratorProgress>();
        var directory = Path.Combine(GeneratedRuns.Root, "progress");
        var result = new SampleGenerator(GeneratedRuns.Reference)
            .RunAsync(new GeneratorOptions(GeneratorScale.Tiny, 2024, directory), new InlineProgress(reports.Add), CancellationToken.None)
            .GetAwaiter().GetResult();

        Assert.Multiple(() =>
        {
            Assert.That(reports, Is.Not.Empty);
            Assert.That(reports[^1].SchoolsDone, Is.EqualTo(reports[^1].SchoolsTotal));
            Assert.That(result.FilesWritten, Is.GreaterThan(0));
            Assert.That(result.TotalRows, Is.GreaterThan(0));
        });
    }

    private static Dictionary<string, string> Fingerprint(string directory) =>
        Directory.EnumerateFiles(directory, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(directory, f), f => Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(f))));

    private sealed class InlineProgress(Action<GeneratorProgress> report) : IProgress<GeneratorProgress>
    {
        public void Report(GeneratorProgress value) => report(value);
    }
}

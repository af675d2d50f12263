using System.Text.Json;
using VocEd.Etl;
using VocEd.Etl.Pseudonymize;
using VocEd.Etl.Records;
using VocEd.Etl.Scan;
using VocEd.Etl.Templates;
using VocEd.Etl.Validate;
using VocEd.Generator.Tests.Support;

namespace VocEd.Generator.Tests;

/// <summary>
/// The generator's manifest checked against the ETL's real rule catalog (SubmissionScanner), not a test-side copy:
/// the files are scanned in ingest order (kind, then ordinal path), schools become known from accepted
/// school_profile rows of files that are not quarantined, and every error found must be in the manifest and vice versa.
/// </summary>
public sealed class EtlRuleCatalogRescanTests
{
    private static readonly string[] _kindOrder = ["school_profile", "regional_industry", "enrollment", "graduate_destination"];

    [Test]
    public void Clean_output_passes_every_rule_of_the_etl_catalog()
    {
        var outcome = Rescan(GeneratedRuns.TinyClean.Directory);
        Assert.Multiple(() =>
        {
            Assert.That(outcome.Rejections, Is.Empty);
            Assert.That(outcome.Warnings, Is.Empty);
            Assert.That(outcome.Files.Values.Select(f => f.Expected), Is.All.EqualTo("load"));
        });
    }

    [TestCase(20241UL, 0.05)]
    [TestCase(7UL, 0.15)]
    [TestCase(3UL, 0.10)]
    public void With_faults_the_etl_rejects_exactly_what_the_manifest_lists(ulong seed, double rate)
    {
        var directory = seed == 20241UL
            ? GeneratedRuns.TinyFaulty.Directory
            : GeneratedRuns.Get($"tiny-{seed}-{rate}", d => new GeneratorOptions(GeneratorScale.Tiny, 2024, d, Years: seed == 3UL ? 3 : 2, Seed: seed, FaultRate: rate)).Directory;
        var manifest = GeneratedRuns.Manifest(directory);
        var expected = manifest.GetProperty("faults").EnumerateArray()
            .Concat(manifest.GetProperty("consequential_rejections").EnumerateArray())
            .Where(f => f.GetProperty("row").ValueKind == JsonValueKind.Number)
            .Select(f => (File: Text(f, "file"), Row: f.GetProperty("row").GetInt32(), Column: Text(f, "column"), Rule: Text(f, "rule_id")))
            .ToHashSet();
        var outcome = Rescan(directory);

        Assert.Multiple(() =>
        {
            Assert.That(expected, Is.Not.Empty);
            Assert.That(outcome.Rejections.Except(expected), Is.Empty, "rejected by the ETL but not in the manifest");
            Assert.That(expected.Except(outcome.Rejections), Is.Empty, "in the manifest but not rejected by the ETL");
            foreach (var file in manifest.GetProperty("files").EnumerateArray())
            {
                var path = Text(file, "path");
                Assert.That(outcome.Files.ContainsKey(path), Is.True, path);
                var found = outcome.Files[path];
                Assert.That(
                    (found.Expected, found.Reason, found.RejectedRows),
                    Is.EqualTo((Text(file, "expected"), file.GetProperty("quarantine_reason").GetString(), file.GetProperty("expected_rejected_rows").GetInt32())),
                    path);
            }
        });
    }

    private static string Text(JsonElement element, string property) => element.GetProperty(property).GetString() ?? string.Empty;

    private static RescanOutcome Rescan(string directory)
    {
        var context = new ReferenceValidationContext(GeneratedRuns.Reference, TimeProvider.System);
        var options = new EtlOptions();
        var scanner = new SubmissionScanner(context, new Pseudonymizer(PseudonymKey.Generate(1)), options);
        var provinces = GeneratedRuns.Reference.Counties.ToDictionary(c => c.Code, c => c.ProvinceCode, StringComparer.Ordinal);
        var outcome = new RescanOutcome();
        var files = Directory.EnumerateFiles(directory, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(directory, f).Replace('\\', '/'))
            .Where(f => f != "manifest.json")
            .OrderBy(f => Array.IndexOf(_kindOrder, f.Split('/')[1]))
            .ThenBy(f => f, StringComparer.Ordinal);
        foreach (var path in files)
        {
            var scan = scanner.Scan(Path.Combine(directory, path));
            if (!scan.IsReadable)
            {
                outcome.Files[path] = ("quarantine", scan.Problem?.ReasonCode, 0);
                continue;
            }

            var tally = new SubmissionTally();
            var rejections = new List<(string, int, string, string)>();
            var schools = new List<SchoolInfo>();
            foreach (var row in scan.ReadRows())
            {
                tally.Add(row);
                rejections.AddRange(row.Violations.Where(v => v.Severity == RuleSeverity.Error).Select(v => (path, (int)row.RowNumber, v.Column ?? string.Empty, v.RuleId)));
                outcome.Warnings.AddRange(row.Violations.Where(v => v.Severity == RuleSeverity.Warning).Select(v => $"{path}:{row.RowNumber}:{v.RuleId}"));
                if (!row.IsRejected && row.Record is SchoolProfileRecord { SchoolCode: { } code, SchoolType: { } type, CountyCode: { } county })
                {
                    schools.Add(new SchoolInfo(code, type, provinces[county]));
                }
            }

            outcome.Rejections.UnionWith(rejections);
            var problem = options.RejectionRatePolicy.Judge(tally.RowsRead, tally.RowsRejected);
            outcome.Files[path] = problem is null ? ("load", null, (int)tally.RowsRejected) : ("quarantine", problem.ReasonCode, (int)tally.RowsRead);
            if (problem is null && scan.Kind == SubmissionKind.SchoolProfile)
            {
                schools.ForEach(context.AddSchool);
            }
        }

        return outcome;
    }

    private sealed class RescanOutcome
    {
        public HashSet<(string File, int Row, string Column, string Rule)> Rejections { get; } = [];

        public List<string> Warnings { get; } = [];

        public Dictionary<string, (string Expected, string? Reason, int RejectedRows)> Files { get; } = new(StringComparer.Ordinal);
    }
}

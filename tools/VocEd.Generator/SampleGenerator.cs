using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using VocEd.Generator.Generation;
using VocEd.Generator.Manifest;
using VocEd.Generator.Planning;
using VocEd.Generator.Templates;
using VocEd.Warehouse.Reference;

namespace VocEd.Generator;

/// <summary>
/// Writes sample submissions (docs/submissions.md) and manifest.json into a folder. Schools are generated a batch at a
/// time on all cores; each school's output depends only on the seed and the school, and manifest entries are
/// appended in school order, so the output is byte-identical for the same options.
/// </summary>
public sealed class SampleGenerator
{
    private const int _batchSize = 16;
    private readonly ReferenceDataSet _reference;

    public SampleGenerator(ReferenceDataSet? reference = null)
    {
        _reference = reference ?? ReferenceDataSet.Load();
    }

    /// <summary>The plan of a run (schools, sizes, expected students) without writing anything.</summary>
    public GeneratorPlan Plan(GeneratorOptions options) => GeneratorPlan.Create(options.Scale, options.Seed, _reference);

    public Task<GeneratorResult> RunAsync(GeneratorOptions options, IProgress<GeneratorProgress>? progress, CancellationToken ct)
    {
        options.Validate();
        return Task.Run(() => Run(options, progress, ct), ct);
    }

    private GeneratorResult Run(GeneratorOptions options, IProgress<GeneratorProgress>? progress, CancellationToken ct)
    {
        var clock = Stopwatch.StartNew();
        var plan = Plan(options);
        var run = RunContext.Create(options, _reference, plan);
        OutputFolder.Prepare(run.OutputDirectory);
        var rowsByKind = new long[Enum.GetValues<SubmissionKind>().Length];
        long expectedRejected = 0;
        var quarantined = 0;
        using var sink = new ManifestSink(run.OutputDirectory);

        void Absorb(Outcome outcome)
        {
            foreach (var f in outcome.Files)
            {
                sink.Add(f);
                expectedRejected += f.ExpectedRejectedRows;
                quarantined += f.Expected == "quarantine" ? 1 : 0;
            }

            foreach (var f in outcome.Faults)
            {
                sink.Add(f);
            }

            foreach (var c in outcome.Consequences)
            {
                sink.Add(c);
            }

            for (var k = 0; k < rowsByKind.Length; k++)
            {
                rowsByKind[k] += outcome.RowsByKind[k];
            }
        }

        Absorb(RegionalFiles.Write(run));
        var schools = plan.Schools;
        var parallel = new ParallelOptions { CancellationToken = ct, MaxDegreeOfParallelism = Environment.ProcessorCount };
        for (var start = 0; start < schools.Count; start += _batchSize)
        {
            ct.ThrowIfCancellationRequested();
            var count = Math.Min(_batchSize, schools.Count - start);
            var outcomes = new Outcome[count];
            Parallel.For(0, count, parallel, i => outcomes[i] = SchoolFiles.Write(run, schools[start + i]));
            foreach (var outcome in outcomes)
            {
                Absorb(outcome);
            }

            progress?.Report(new GeneratorProgress(start + count, schools.Count, sink.Files, rowsByKind.Sum(), clock.Elapsed));
        }

        var rows = Enum.GetValues<SubmissionKind>().ToDictionary(k => SubmissionTemplates.For(k).Name, k => rowsByKind[(int)k], StringComparer.Ordinal);
        var files = sink.Files;
        var faults = sink.Faults;
        var consequences = sink.Consequences;
        sink.Complete(
            j => WriteHeader(j, options, plan),
            j =>
            {
                j.WriteStartObject("summary");
                j.WriteNumber("files", files);
                j.WriteStartObject("rows");
                foreach (var (kind, n) in rows)
                {
                    j.WriteNumber(kind, n);
                }

                j.WriteEndObject();
                j.WriteNumber("faults", faults);
                j.WriteNumber("consequential_rejections", consequences);
                j.WriteNumber("expected_rejected_rows", expectedRejected);
                j.WriteNumber("expected_quarantined_files", quarantined);
                j.WriteEndObject();
            });
        return new GeneratorResult(files, rows, faults, expectedRejected, quarantined, Path.Combine(run.OutputDirectory, "manifest.json"), clock.Elapsed);
    }

    private static void WriteHeader(Utf8JsonWriter j, GeneratorOptions options, GeneratorPlan plan)
    {
        j.WriteNumber("manifest_version", 1);
        j.WriteString("generator", "VocEd.Generator");
        j.WriteStartObject("options");
        j.WriteString("scale", options.Scale.ToString().ToLowerInvariant());
        j.WriteNumber("year", options.Year);
        j.WriteNumber("years", options.Years);
        j.WriteString("seed", options.Seed.ToString(CultureInfo.InvariantCulture));
        j.WriteNumber("fault_rate", options.FaultRate);
        j.WriteString("formats", string.Join(",", options.EffectiveFormats.Select(f => f.ToString().ToLowerInvariant())));
        j.WriteString("encoding", options.Encoding.ToString().ToLowerInvariant());
        j.WriteEndObject();
        j.WriteStartObject("assumptions");
        j.WriteString("ingest", "the whole folder is ingested in one run: files ordered by kind (school_profile, regional_industry, enrollment, graduate_destination), then by ordinal path");
        j.WriteNumber("quarantine_min_rows", PlanWriter.QuarantineMinRows);
        j.WriteNumber("quarantine_rejection_rate", PlanWriter.QuarantineRate);
        j.WriteString("quarantined_files", "file_unreadable: no row is read; rejection_rate_exceeded: every row is rejected and also carries submission_quarantined");
        j.WriteEndObject();
        j.WriteStartObject("plan");
        j.WriteNumber("schools", plan.Schools.Count);
        j.WriteString("provinces", string.Join(",", plan.Provinces));
        j.WriteEndObject();
    }
}

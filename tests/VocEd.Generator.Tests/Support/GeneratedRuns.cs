using System.Collections.Concurrent;
using System.Text.Json;
using VocEd.Warehouse.Reference;

namespace VocEd.Generator.Tests.Support;

/// <summary>Generated sample folders shared by the tests of one run (generated once, deleted at the end).</summary>
internal static class GeneratedRuns
{
    private static readonly ConcurrentDictionary<string, Lazy<(string Directory, GeneratorResult Result)>> _runs = new();
    private static readonly Lazy<ReferenceDataSet> _lazyReference = new(() => ReferenceDataSet.Load());

    public static string Root { get; } = Path.Combine(Path.GetTempPath(), "voced-generator-tests-" + Environment.ProcessId);

    public static ReferenceDataSet Reference => _lazyReference.Value;

    /// <summary>Tiny scale, three years, no faults.</summary>
    public static (string Directory, GeneratorResult Result) TinyClean =>
        Get("tiny-clean", d => new GeneratorOptions(GeneratorScale.Tiny, 2024, d, Years: 3));

    /// <summary>Tiny scale, two years, 5 % faults.</summary>
    public static (string Directory, GeneratorResult Result) TinyFaulty =>
        Get("tiny-faulty", d => new GeneratorOptions(GeneratorScale.Tiny, 2024, d, Years: 2, FaultRate: 0.05));

    /// <summary>Small scale, one year, CSV only, no faults (for distributions).</summary>
    public static (string Directory, GeneratorResult Result) SmallClean =>
        Get("small-clean", d => new GeneratorOptions(GeneratorScale.Small, 2024, d, Formats: new HashSet<SubmissionFormat> { SubmissionFormat.Csv }));

    public static (string Directory, GeneratorResult Result) Get(string name, Func<string, GeneratorOptions> options) =>
        _runs.GetOrAdd(name, n => new Lazy<(string, GeneratorResult)>(() =>
        {
            var directory = Path.Combine(Root, n);
            var result = new SampleGenerator(Reference).RunAsync(options(directory), null, CancellationToken.None).GetAwaiter().GetResult();
            return (directory, result);
        })).Value;

    public static JsonElement Manifest(string directory)
    {
        using var doc = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(directory, "manifest.json")));
        return doc.RootElement.Clone();
    }

    public static void DeleteAll()
    {
        if (Directory.Exists(Root))
        {
            Directory.Delete(Root, recursive: true);
        }
    }
}

using System.Collections.Concurrent;
using VocEd.Generator;

namespace VocEd.Etl.Tests.TestSupport;

/// <summary>Sample folders from the generator, written once per test run and deleted at its end.</summary>
internal static class GeneratedSamples
{
    private static readonly ConcurrentDictionary<string, Lazy<string>> _folders = new(StringComparer.Ordinal);

    public static string Root { get; } = Path.Combine(Path.GetTempPath(), "voced-load-tests-" + Environment.ProcessId);

    /// <summary>Tiny scale, two academic years, 5 % faults (seed 3: both quarantine reasons occur), every format, mixed encodings (GB18030 included), Chinese and English headers.</summary>
    public static string TinyFaulty => Get("tiny-faulty", d => new GeneratorOptions(GeneratorScale.Tiny, 2024, d, Years: 2, Seed: 3, FaultRate: 0.05, Encoding: EncodingMode.Mixed));

    public static string Get(string name, Func<string, GeneratorOptions> options) =>
        _folders.GetOrAdd(name, n => new Lazy<string>(() =>
        {
            var folder = Path.Combine(Root, n);
            new SampleGenerator(TestReferenceData.Load()).RunAsync(options(folder), null, CancellationToken.None).GetAwaiter().GetResult();
            return folder;
        })).Value;

    public static void DeleteAll()
    {
        if (Directory.Exists(Root))
        {
            Directory.Delete(Root, recursive: true);
        }
    }
}

using VocEd.Etl.Pseudonymize;

namespace VocEd.Benchmarks;

/// <summary>The harness's pseudonym key: made explicitly in its own work folder on the first run, read after.</summary>
internal static class BenchKeys
{
    public static PseudonymKey Open(string path) => File.Exists(path) ? PseudonymKey.Load(path) : PseudonymKey.Init(path);
}

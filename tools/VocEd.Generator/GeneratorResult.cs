namespace VocEd.Generator;

/// <summary>What a run wrote: file count, rows per submission kind, injected faults, the manifest and the time taken.</summary>
public sealed record GeneratorResult(
    int FilesWritten,
    IReadOnlyDictionary<string, long> RowsByKind,
    long FaultsInjected,
    long ExpectedRejectedRows,
    int ExpectedQuarantinedFiles,
    string ManifestPath,
    TimeSpan Elapsed)
{
    public long TotalRows => RowsByKind.Values.Sum();
}

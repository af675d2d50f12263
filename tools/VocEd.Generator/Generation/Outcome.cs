using VocEd.Generator.Manifest;
using VocEd.Generator.Templates;

namespace VocEd.Generator.Generation;

/// <summary>What one unit of work (a school, or the regional files) wrote, in order, for the manifest.</summary>
internal sealed class Outcome
{
    public List<ManifestFile> Files { get; } = [];

    public List<ManifestFault> Faults { get; } = [];

    public List<ManifestConsequence> Consequences { get; } = [];

    public long[] RowsByKind { get; } = new long[Enum.GetValues<SubmissionKind>().Length];
}

using VocEd.Generator.Faults;
using VocEd.Generator.Output;
using VocEd.Generator.Templates;

namespace VocEd.Generator.Generation;

/// <summary>One file decided but not yet written: layout, rows as written, injected faults, damage and whether a correction follows.</summary>
internal sealed record FilePlan(
    SubmissionTemplate Template,
    string Submitter,
    int Year,
    int Folder,
    FileLayout Layout,
    IReadOnlyList<string?[]> Clean,
    List<OutputRow> Rows,
    List<InjectedFault> Faults,
    int TruncateLastRowAt,
    bool Corrupt,
    bool Corrected,
    ulong CorruptSeed)
{
    public string Path => $"{Folder}/{Template.Name}/{Submitter}.{Layout.Extension}";

    public string CorrectionPath => $"{Folder}/{Template.Name}/{Submitter}_v2.{Layout.Extension}";

    /// <summary>Distinct rows carrying an injected fault.</summary>
    public int FaultedRows => Faults.Select(f => f.Row).Distinct().Count();

    /// <summary>True when at least one row of the file will load (used for school_profile: does the school become known).</summary>
    public bool LoadsAnyRow => Corrected || (!Corrupt && Rows.Count > FaultedRows);
}

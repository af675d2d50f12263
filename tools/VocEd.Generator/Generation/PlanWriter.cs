using VocEd.Generator.Faults;
using VocEd.Generator.Manifest;
using VocEd.Generator.Output;

namespace VocEd.Generator.Generation;

/// <summary>Writes a planned file (and its correction) and records the manifest entries: file, faults, consequential rejections, expected outcome.</summary>
internal static class PlanWriter
{
    /// <summary>Rejection-rate quarantine of the contract: at least 50 rows and more than 20 % rejected.</summary>
    public const int QuarantineMinRows = 50;
    public const double QuarantineRate = 0.2;

    public static void Write(RunContext run, FilePlan plan, Outcome outcome, string? unknownSchoolCause)
    {
        var (bytes, sha) = FileEmitter.Emit(Full(run, plan.Path), plan.Template, plan.Layout, plan.Rows, plan.TruncateLastRowAt, plan.Corrupt, plan.CorruptSeed);
        foreach (var f in plan.Faults)
        {
            outcome.Faults.Add(new ManifestFault(plan.Path, f.Row, f.Column, f.Fault, f.RuleId));
        }

        if (plan.Corrupt)
        {
            outcome.Faults.Add(new ManifestFault(plan.Path, null, null, FaultKinds.UnreadableXlsx, RuleIds.FileUnreadable));
        }

        var rejected = plan.FaultedRows;
        if (unknownSchoolCause is not null)
        {
            for (var r = 1; r <= plan.Rows.Count; r++)
            {
                outcome.Consequences.Add(new ManifestConsequence(plan.Path, r, "school_code", RuleIds.UnknownSchool, unknownSchoolCause));
            }

            rejected = plan.Rows.Count;
        }

        var (expected, reason, rejectedRows) = plan.Corrupt
            ? ("quarantine", RuleIds.FileUnreadable, 0)
            : plan.Rows.Count >= QuarantineMinRows && rejected > plan.Rows.Count * QuarantineRate
                ? ("quarantine", RuleIds.RejectionRateExceeded, plan.Rows.Count)
                : ("load", (string?)null, rejected);
        outcome.Files.Add(Entry(plan, plan.Path, plan.Rows.Count, bytes, sha, expected, reason, rejectedRows, null, plan.Corrected ? plan.CorrectionPath : null));
        outcome.RowsByKind[(int)plan.Template.Kind] += plan.Rows.Count;

        if (plan.Corrected)
        {
            var clean = plan.Clean.Select(r => new OutputRow(r)).ToList();
            var (bytes2, sha2) = FileEmitter.Emit(Full(run, plan.CorrectionPath), plan.Template, plan.Layout, clean, 0, false, 0);
            outcome.Files.Add(Entry(plan, plan.CorrectionPath, clean.Count, bytes2, sha2, "load", null, 0, plan.Path, null));
            outcome.RowsByKind[(int)plan.Template.Kind] += clean.Count;
        }
    }

    private static ManifestFile Entry(FilePlan plan, string path, int rows, long bytes, string sha, string expected, string? reason, int rejected, string? corrects, string? correctedBy) =>
        new(path, plan.Template.Name, plan.Layout.Extension, plan.Layout.Encoding, plan.Layout.HeaderLanguage,
            plan.Layout.Format == SubmissionFormat.Json ? (plan.Layout.JsonLines ? "lines" : "array") : null,
            plan.Submitter, plan.Year, rows, bytes, sha, expected, reason, rejected, corrects, correctedBy);

    private static string Full(RunContext run, string relative) => Path.Combine(run.OutputDirectory, relative.Replace('/', Path.DirectorySeparatorChar));
}

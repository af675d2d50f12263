namespace VocEd.Generator.Tests.Support;

/// <summary>What the independent checker concludes about one file.</summary>
internal sealed record FileVerdict(string Path, string? Kind, int Rows, string Expected, string? QuarantineReason, int RejectedRows, IReadOnlyList<Rejection> Rejections);

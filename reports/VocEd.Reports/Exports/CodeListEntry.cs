namespace VocEd.Reports.Exports;

/// <summary>One code of a code list with its Chinese name and a note (level, sector …).</summary>
public sealed record CodeListEntry(string Code, string NameZh, string Note);

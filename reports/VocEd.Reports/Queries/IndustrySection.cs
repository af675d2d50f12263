namespace VocEd.Reports.Queries;

/// <summary>A GB/T 4754 section of dim_industry: its letter, Chinese name and sector (1–3; 0 when it has none).</summary>
internal sealed record IndustrySection(string Code, string NameZh, int Sector);

namespace VocEd.Etl.Validate;

/// <summary>A major found in a catalog: the catalog, the code, its level (secondary/associate/bachelor/technical) and category.</summary>
public sealed record MajorInfo(string CatalogCode, string MajorCode, string Level, string Category);

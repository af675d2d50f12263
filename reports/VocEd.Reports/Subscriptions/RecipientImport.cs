namespace VocEd.Reports.Subscriptions;

/// <summary>What an import did: rows read, recipients added, updated (name changed) and removed (with replace), and recipients per region after it.</summary>
public sealed record RecipientImport(int Read, int Added, int Updated, int Removed, IReadOnlyDictionary<string, int> PerRegion);

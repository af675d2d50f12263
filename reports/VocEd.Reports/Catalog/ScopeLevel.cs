namespace VocEd.Reports.Catalog;

/// <summary>The level of a report's region: the nation, a province or a prefecture.</summary>
public enum ScopeLevel
{
    Nation,
    Province,
    Prefecture,
}

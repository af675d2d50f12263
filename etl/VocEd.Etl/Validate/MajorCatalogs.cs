namespace VocEd.Etl.Validate;

/// <summary>Catalog codes of major-catalogs.csv: the education catalog, the national technical catalog, provincial featured catalogs.</summary>
public static class MajorCatalogs
{
    public const string Education = "education";
    public const string TechnicalNational = "technical-national";

    /// <summary>A province's featured technical catalog, e.g. <c>technical-44</c> for Guangdong.</summary>
    public static string TechnicalProvincial(string provinceCode) => "technical-" + provinceCode;
}

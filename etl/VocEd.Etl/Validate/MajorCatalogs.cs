namespace VocEd.Etl.Validate;

/// <summary>Catalog codes of major-catalogs.csv: the education catalog, the national technical catalog, provincial featured catalogs.</summary>
public static class MajorCatalogs
{
    public const string Education = "education";
    public const string TechnicalNational = "technical-national";

    // The names for the 2-digit province codes, made once (a technical school's every row names its province's).
    private static readonly string[] _provincial = [.. Enumerable.Range(0, 100).Select(n => "technical-" + n.ToString("00", System.Globalization.CultureInfo.InvariantCulture))];

    /// <summary>A province's featured technical catalog, e.g. <c>technical-44</c> for Guangdong.</summary>
    public static string TechnicalProvincial(string provinceCode) =>
        provinceCode is [>= '0' and <= '9', >= '0' and <= '9'] ? _provincial[((provinceCode[0] - '0') * 10) + (provinceCode[1] - '0')] : "technical-" + provinceCode;
}

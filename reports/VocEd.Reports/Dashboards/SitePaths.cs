namespace VocEd.Reports.Dashboards;

/// <summary>
/// Where a region's page lives in the site and how one page links to another: `index.html` for the nation,
/// `44/index.html` for a province, `44/4401/index.html` for a prefecture (the last code in a path is the page's
/// region). Links are relative, so the site opens the same from a file share, a folder or a web host.
/// </summary>
public static class SitePaths
{
    public const string Nation = "CN";
    public const string Assets = "assets";

    /// <summary>The page's path relative to the site's root, with '/' separators.</summary>
    public static string PageOf(string regionCode) => Depth(regionCode) switch
    {
        0 => "index.html",
        1 => $"{regionCode}/index.html",
        _ => $"{regionCode[..2]}/{regionCode}/index.html",
    };

    /// <summary>0 for the nation, 1 for a province, 2 for a prefecture; any other code is refused.</summary>
    public static int Depth(string regionCode)
    {
        ArgumentNullException.ThrowIfNull(regionCode);
        if (string.Equals(regionCode, Nation, StringComparison.Ordinal))
        {
            return 0;
        }

        if (regionCode.Length is 2 or 4 && regionCode.All(char.IsAsciiDigit))
        {
            return regionCode.Length / 2;
        }

        throw new ArgumentException($"'{regionCode}' is not a region a dashboard page is for: use CN, a 2-digit province or a 4-digit prefecture code", nameof(regionCode));
    }

    /// <summary>The shortest relative link from one region's page to another's (4401/index.html from 44, ../index.html from 44 to CN).</summary>
    public static string Link(string fromCode, string toCode)
    {
        var from = PageOf(fromCode).Split('/')[..^1];
        var to = PageOf(toCode).Split('/');
        var common = 0;
        while (common < from.Length && common < to.Length - 1 && string.Equals(from[common], to[common], StringComparison.Ordinal))
        {
            common++;
        }

        return string.Concat(Enumerable.Repeat("../", from.Length - common)) + string.Join('/', to[common..]);
    }

    /// <summary>The relative link from a region's page to a file under assets/.</summary>
    public static string Asset(string fromCode, string file) => $"{Up(fromCode)}{Assets}/{file}";

    /// <summary>True when a region's page belongs to the subtree of <paramref name="scope"/> (CN: every page).</summary>
    public static bool InScope(string regionCode, string scope)
    {
        Depth(scope);
        return string.Equals(scope, Nation, StringComparison.Ordinal)
            || (!string.Equals(regionCode, Nation, StringComparison.Ordinal) && regionCode.StartsWith(scope, StringComparison.Ordinal));
    }

    private static string Up(string fromCode) => string.Concat(Enumerable.Repeat("../", Depth(fromCode)));
}

namespace VocEd.Etl.Validate;

/// <summary>
/// Region codes of regional_industry: <c>CN</c>, or 2, 4 or 6 digits. Six digits padded with zeros name the
/// province or prefecture (<c>440000</c> → <c>44</c>, <c>440100</c> → <c>4401</c>).
/// </summary>
public static class RegionCode
{
    public const string Nation = "CN";

    /// <summary>The normalized code, or null when <paramref name="code"/> has the wrong shape.</summary>
    public static string? Normalize(string code)
    {
        if (code.Equals(Nation, StringComparison.OrdinalIgnoreCase))
        {
            return Nation;
        }

        if (code.Length is not (2 or 4 or 6) || !AsciiDigits.Only(code))
        {
            return null;
        }

        if (code.Length == 6 && code.EndsWith("0000", StringComparison.Ordinal))
        {
            return code[..2];
        }

        return code.Length == 6 && code.EndsWith("00", StringComparison.Ordinal) ? code[..4] : code;
    }
}

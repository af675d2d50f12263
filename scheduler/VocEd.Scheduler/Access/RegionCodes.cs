namespace VocEd.Scheduler.Access;

/// <summary>
/// Region codes as bindings: <c>CN</c> (the nation), a province (2 digits), a prefecture (4 digits); a county has 6.
/// A code lies inside a binding when it is the binding or starts with it (the statistical codes nest so).
/// </summary>
internal static class RegionCodes
{
    public const string Nation = "CN";

    /// <summary>True for CN, a 2-digit province or a 4-digit prefecture code.</summary>
    public static bool IsBindable(string? code) =>
        code is not null && (string.Equals(code, Nation, StringComparison.Ordinal) || (code.Length is 2 or 4 && code.All(char.IsAsciiDigit)));

    /// <summary>True when <paramref name="code"/> (a region of any level, or CN) lies inside <paramref name="binding"/>.</summary>
    public static bool Covers(string binding, string code)
    {
        ArgumentNullException.ThrowIfNull(binding);
        ArgumentNullException.ThrowIfNull(code);
        if (string.Equals(binding, Nation, StringComparison.Ordinal))
        {
            return true;
        }

        return !string.Equals(code, Nation, StringComparison.Ordinal)
            && code.Length >= binding.Length
            && code.All(char.IsAsciiDigit)
            && code.StartsWith(binding, StringComparison.Ordinal);
    }
}

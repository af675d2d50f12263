namespace VocEd.Generator.People;

/// <summary>GB 11643-1999 citizen identity numbers: 6-digit region, birth date, 3-digit sequence (odd = male), mod 11-2 check.</summary>
internal static class CitizenId
{
    private static readonly int[] _weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
    private const string _checkChars = "10X98765432";

    /// <summary>The check character for the first 17 digits.</summary>
    public static char CheckDigit(ReadOnlySpan<char> first17)
    {
        var sum = 0;
        for (var i = 0; i < 17; i++)
        {
            sum += (first17[i] - '0') * _weights[i];
        }

        return _checkChars[sum % 11];
    }

    public static string Build(string countyCode, DateOnly birthDate, int sequence)
    {
        Span<char> id = stackalloc char[18];
        countyCode.AsSpan().CopyTo(id);
        WriteDigits(id.Slice(6, 4), birthDate.Year);
        WriteDigits(id.Slice(10, 2), birthDate.Month);
        WriteDigits(id.Slice(12, 2), birthDate.Day);
        WriteDigits(id.Slice(14, 3), sequence);
        id[17] = CheckDigit(id);
        return new string(id);
    }

    public static bool IsValid(string id) =>
        id.Length == 18 && id.AsSpan(0, 17).IndexOfAnyExceptInRange('0', '9') < 0
        && (char.IsAsciiDigit(id[17]) || id[17] == 'X') && CheckDigit(id) == id[17];

    /// <summary>The 17th digit: odd for men.</summary>
    public static bool IsMale(string id) => (id[16] - '0') % 2 == 1;

    /// <summary>The same ID with a wrong (but well-formed) check character.</summary>
    public static string WithWrongCheckDigit(string id)
    {
        var right = _checkChars.IndexOf(id[17], StringComparison.Ordinal);
        var wrong = _checkChars[(right + 1) % 11];
        return string.Concat(id.AsSpan(0, 17), wrong.ToString());
    }

    private static void WriteDigits(Span<char> target, int value)
    {
        for (var i = target.Length - 1; i >= 0; i--)
        {
            target[i] = (char)('0' + (value % 10));
            value /= 10;
        }
    }
}

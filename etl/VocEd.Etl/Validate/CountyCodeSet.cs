namespace VocEd.Etl.Validate;

/// <summary>
/// The known county codes (GB/T 2260), asked once per row or more: a six-digit code is one bit of a table of a million
/// (125 KB), found without hashing or comparing strings; any other code a reference file might hold is kept in an
/// ordinary set.
/// </summary>
internal sealed class CountyCodeSet
{
    private const int _digits = 6;
    private readonly ulong[] _sixDigit = new ulong[1_000_000 / 64 + 1];
    private readonly HashSet<string> _others = new(StringComparer.Ordinal);

    public CountyCodeSet(IEnumerable<string> codes)
    {
        ArgumentNullException.ThrowIfNull(codes);
        foreach (var code in codes)
        {
            if (SixDigits(code) is { } n)
            {
                _sixDigit[n >> 6] |= 1ul << (n & 63);
            }
            else
            {
                _others.Add(code);
            }
        }
    }

    public bool Contains(string code) =>
        SixDigits(code) is { } n ? (_sixDigit[n >> 6] & (1ul << (n & 63))) != 0 : _others.Contains(code);

    private static int? SixDigits(string code)
    {
        if (code.Length != _digits)
        {
            return null;
        }

        var n = 0;
        foreach (var c in code)
        {
            var digit = (uint)(c - '0');
            if (digit > 9)
            {
                return null;
            }

            n = (n * 10) + (int)digit;
        }

        return n;
    }
}

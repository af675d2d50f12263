namespace VocEd.Etl.Validate;

/// <summary>GB 11643 citizen IDs: 6-digit region, 8-digit birth date, 3-digit sequence (odd = male), mod 11-2 check digit.</summary>
public static class CitizenId
{
    private static readonly int[] _weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
    private const string _checkCharacters = "10X98765432";

    public static CitizenIdCheck Check(string id) => Check(id, out _, out _);

    /// <summary>
    /// <see cref="Check(string)"/>, with what a well-formed ID's digits give on the way (one pass over them): its
    /// <see cref="Key"/> and its <see cref="BirthDate"/> (both default when the format is bad).
    /// </summary>
    internal static CitizenIdCheck Check(string id, out long key, out DateOnly birthDate)
    {
        ArgumentNullException.ThrowIfNull(id);
        birthDate = default;
        if (id.Length != 18 || !ReadFirst17(id, out key, out var sum) || !(IsDigit(id[17]) || id[17] is 'X' or 'x') || BirthDate(id) is not { } birth)
        {
            key = 0;
            return CitizenIdCheck.BadFormat;
        }

        birthDate = birth;
        return char.ToUpperInvariant(id[17]) == _checkCharacters[sum % 11] ? CitizenIdCheck.Valid : CitizenIdCheck.BadCheckDigit;
    }

    /// <summary>The check character (0–9 or X) for the first 17 digits.</summary>
    public static char CheckDigit(ReadOnlySpan<char> first17)
    {
        var sum = 0;
        for (var i = 0; i < 17; i++)
        {
            sum += (first17[i] - '0') * _weights[i];
        }

        return _checkCharacters[sum % 11];
    }

    /// <summary>The birth date in digits 7–14, or null when they are not a real date.</summary>
    public static DateOnly? BirthDate(string id)
    {
        // Read by hand: it runs twice per row, and DateOnly.TryParseExact's generality is a visible share of an ingest.
        if (id.Length < 14 || !AsciiDigits.Only(id.AsSpan(6, 8)))
        {
            return null;
        }

        var year = ((id[6] - '0') * 1000) + ((id[7] - '0') * 100) + ((id[8] - '0') * 10) + (id[9] - '0');
        var month = ((id[10] - '0') * 10) + (id[11] - '0');
        var day = ((id[12] - '0') * 10) + (id[13] - '0');
        return year >= 1 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month)
            ? new DateOnly(year, month, day)
            : null;
    }

    /// <summary>"M" when the 17th digit is odd, "F" when even (for a well-formed ID).</summary>
    public static string Gender(string id) => (id[16] - '0') % 2 == 1 ? "M" : "F";

    /// <summary>A compact key for a valid ID (its first 17 digits; the check digit follows from them), for duplicate detection.</summary>
    public static long Key(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        return id.Length >= 17 && ReadFirst17(id, out var key, out _)
            ? key
            : throw new FormatException("a citizen ID's key needs its first 17 characters to be digits");
    }

    /// <summary>The first 17 characters as a number and their mod 11-2 weighted sum; false when one is not an ASCII digit.</summary>
    private static bool ReadFirst17(string id, out long key, out int weightedSum)
    {
        key = 0;
        weightedSum = 0;
        for (var i = 0; i < 17; i++)
        {
            var digit = (uint)(id[i] - '0');
            if (digit > 9)
            {
                return false;
            }

            key = (key * 10) + digit;
            weightedSum += (int)digit * _weights[i];
        }

        return true;
    }

    private static bool IsDigit(char c) => c is >= '0' and <= '9';
}

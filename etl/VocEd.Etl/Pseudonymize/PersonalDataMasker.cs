using System.Diagnostics.CodeAnalysis;
using VocEd.Etl.Templates;

namespace VocEd.Etl.Pseudonymize;

/// <summary>
/// What of personal data may be kept: a citizen ID keeps its first six characters (the region) and the rest becomes
/// <c>*</c>; a name is never kept. By column (<see cref="Mask"/>), and — since a shifted column or a broken quote puts
/// an ID anywhere — in any text stored or shown about a submission (<see cref="MaskIdShaped"/>).
/// </summary>
public static class PersonalDataMasker
{
    public const int CitizenIdKeptCharacters = 6;

    /// <summary>The digits before the last character of a citizen ID.</summary>
    private const int _idDigits = 17;

    public static string Mask(string column, string value) => column switch
    {
        ColumnNames.CitizenId => MaskCitizenId(value),
        _ when IsDropped(column) => string.Empty,
        _ => value,
    };

    /// <summary>A column of which nothing is kept, and which no rule reads: a reader need not even make its text.</summary>
    public static bool IsDropped(string column) => column == ColumnNames.StudentName;

    public static string MaskCitizenId(string value) =>
        value.Length <= CitizenIdKeptCharacters
            ? value
            : string.Create(value.Length, value, static (masked, id) =>
            {
                id.AsSpan(0, CitizenIdKeptCharacters).CopyTo(masked);
                masked[CitizenIdKeptCharacters..].Fill('*');
            });

    /// <summary>
    /// Masks everything shaped like a citizen ID, wherever it stands in <paramref name="text"/>: a run of 18 or more
    /// ASCII digits, or of 17 or more followed by X (check digit right or wrong), keeps its first six characters and
    /// the rest of the run (the X included) becomes <c>*</c>. Text without such a run comes back as it was.
    /// </summary>
    [return: NotNullIfNotNull(nameof(text))]
    public static string? MaskIdShaped(string? text)
    {
        if (text is null || text.Length <= _idDigits)
        {
            return text;
        }

        char[]? masked = null;
        var at = text.AsSpan().IndexOfAnyInRange('0', '9');
        while (at >= 0)
        {
            var end = at;
            while (end < text.Length && char.IsAsciiDigit(text[end]))
            {
                end++;
            }

            var digits = end - at;
            var runEnd = digits >= _idDigits && end < text.Length && text[end] is 'X' or 'x' ? end + 1 : end;
            if (digits > _idDigits || runEnd > end)
            {
                masked ??= text.ToCharArray();
                masked.AsSpan(at + CitizenIdKeptCharacters, runEnd - at - CitizenIdKeptCharacters).Fill('*');
            }

            var next = runEnd < text.Length ? text.AsSpan(runEnd).IndexOfAnyInRange('0', '9') : -1;
            at = next < 0 ? -1 : runEnd + next;
        }

        return masked is null ? text : new string(masked);
    }

    /// <summary>
    /// Text from a file as it may be stored or shown: anything ID-shaped masked (<see cref="MaskIdShaped"/>), and what
    /// a database cannot hold made U+FFFD — a NUL (PostgreSQL's text takes none) and half of a surrogate pair (a JSON
    /// escape can make one; it has no UTF-8). The same string when there was nothing to change.
    /// </summary>
    [return: NotNullIfNotNull(nameof(text))]
    public static string? MaskForStorage(string? text)
    {
        var masked = MaskIdShaped(text);
        if (masked is null || !NeedsReplacing(masked))
        {
            return masked;
        }

        var chars = masked.ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            if (chars[i] == '\0')
            {
                chars[i] = '\uFFFD';
            }
            else if (char.IsHighSurrogate(chars[i]) && i + 1 < chars.Length && char.IsLowSurrogate(chars[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(chars[i]))
            {
                chars[i] = '\uFFFD';
            }
        }

        return new string(chars);
    }

    private static bool NeedsReplacing(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\0')
            {
                return true;
            }

            if (char.IsSurrogate(c))
            {
                if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
                {
                    i++;
                    continue;
                }

                return true;
            }
        }

        return false;
    }
}

using System.Globalization;
using VocEd.Etl.Extract;
using VocEd.Etl.Pseudonymize;
using VocEd.Etl.Templates;

namespace VocEd.Etl.Validate;

/// <summary>
/// Reads one raw row's values by type and records each failure. Every reader returns null for an empty or invalid
/// value, so rules that depend on a value run only when it is valid (the contract's gating).
/// <para>
/// Each column remembers the last value it accepted, by reference: a reader hands out one string for a short field
/// that repeats (<c>CsvRowReader</c>'s table of recent fields: codes, years, value-list words), so a column whose
/// string is the very one accepted on an earlier row, read the same way, is accepted again without trimming, parsing
/// or looking it up. Only accepted values are remembered (they record no failure); anything else is read afresh.
/// </para>
/// </summary>
internal sealed class RowChecker
{
    private readonly SubmissionTemplate _template;
    private readonly Accepted[] _accepted;
    private readonly (string? Raw, string Trimmed)[] _trimmed;
    private RawRow _row = null!; // set by Reset before each row
    private bool _records;

    /// <summary>A checker for the rows of one file; <see cref="Reset"/> gives it each row in turn.</summary>
    public RowChecker(SubmissionTemplate template, int currentYear)
    {
        _template = template;
        MaxYear = currentYear + 1;
        _accepted = new Accepted[template.Columns.Count];
        _trimmed = new (string?, string)[template.Columns.Count];
    }

    /// <summary>How a column's remembered value was read: which reader, with which arguments.</summary>
    private enum Reading
    {
        None,
        Digits,
        WholeNumber,
        Enum,
        Date,
    }

    /// <summary>The failures found so far in the current row, recorded or not (see <see cref="Reset"/>).</summary>
    public int FailureCount { get; private set; }

    public const int MinYear = 2000;

    public int MaxYear { get; }

    public long RowNumber => _row.RowNumber;

    /// <summary>The failures recorded for the current row; null while there are none (most rows: no list is made).</summary>
    public List<RuleViolation>? Violations { get; private set; }

    /// <summary>Moves on to the next row of the file; <paramref name="recordsFailures"/> false reads its values without recording anything.</summary>
    public void Reset(RawRow row, bool recordsFailures)
    {
        _row = row;
        _records = recordsFailures;
        Violations = null;
        FailureCount = 0;
    }

    /// <summary>The trimmed value, empty when absent.</summary>
    public string Raw(int column)
    {
        var value = _row.Values[column];
        ref var last = ref _trimmed[column];
        if (!ReferenceEquals(value, last.Raw))
        {
            // Most values start and end with a printable ASCII character: nothing to trim, no Unicode look-up.
            last = (value, value.Length > 0 && value[0] is > ' ' and < '\u007f' && value[^1] is > ' ' and < '\u007f' ? value : value.Trim());
        }

        return last.Trimmed;
    }

    public bool IsEmpty(int column) => Raw(column).Length == 0;

    public bool IsNumericCell(int column) => _row.IsNumeric(column);

    /// <summary>Records a failure of <paramref name="ruleId"/> on a column; personal values are masked.</summary>
    public void Fail(string ruleId, int column, string? value = null, string? limit = null)
    {
        FailureCount++;
        if (!_records)
        {
            return;
        }

        var definition = _template.Columns[column];
        var shown = value is not null && definition.IsPersonal ? PersonalDataMasker.Mask(definition.Name, value) : value;
        (Violations ??= []).Add(new RuleViolation(ruleId, definition.Name, shown, limit));
    }

    /// <summary>The value, or null (recording <c>required</c> when <paramref name="required"/> and empty).</summary>
    public string? Text(int column, bool required)
    {
        var value = Raw(column);
        if (value.Length > 0)
        {
            return value;
        }

        if (required)
        {
            Fail(RuleIds.Required, column);
        }

        return null;
    }

    /// <summary>A code of ASCII digits of one of the given lengths; <c>invalid_code</c> otherwise.</summary>
    public string? Digits(int column, bool required, params ReadOnlySpan<int> lengths)
    {
        var lengthsKey = 0L;
        foreach (var length in lengths)
        {
            lengthsKey = (lengthsKey * 1000) + length;
        }

        if (IsRemembered(column, Reading.Digits, lengthsKey, 0))
        {
            return _accepted[column].Text;
        }

        if (Text(column, required) is not { } value)
        {
            return null;
        }

        if (lengths.Contains(value.Length) && AsciiDigits.Only(value))
        {
            Remember(column, Reading.Digits, lengthsKey, 0, value, 0);
            return value;
        }

        Fail(RuleIds.InvalidCode, column, value, string.Join("/", lengths.ToArray()));
        return null;
    }

    /// <summary>A whole number in [min, max]; <c>not_a_number</c> or <c>out_of_range</c> otherwise.</summary>
    public long? WholeNumber(int column, bool required, long min, long max, string? range = null)
    {
        if (IsRemembered(column, Reading.WholeNumber, min, max))
        {
            return _accepted[column].Number;
        }

        if (Text(column, required) is not { } value)
        {
            return null;
        }

        if (!TryParseWholeNumber(value, out var number))
        {
            Fail(RuleIds.NotANumber, column, value);
            return null;
        }

        if (number < min || number > max)
        {
            Fail(RuleIds.OutOfRange, column, value, range ?? (max == long.MaxValue ? $"≥ {min}" : $"{min}–{max}"));
            return null;
        }

        Remember(column, Reading.WholeNumber, min, max, null, number);
        return number;
    }

    /// <summary>A count: a whole number ≥ 0.</summary>
    public int? Count(int column, bool required = true) => (int?)WholeNumber(column, required, 0, int.MaxValue, "≥ 0");

    /// <summary>A year between 2000 and the current calendar year + 1.</summary>
    public int? Year(int column) => (int?)WholeNumber(column, true, MinYear, MaxYear); // range text "2000–max", built on failure only

    /// <summary>A decimal accepted by <paramref name="inRange"/> (described by <paramref name="range"/>).</summary>
    public decimal? Number(int column, bool required, Func<decimal, bool> inRange, string range)
    {
        if (Text(column, required) is not { } value)
        {
            return null;
        }

        if (!decimal.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var number))
        {
            Fail(RuleIds.NotANumber, column, value);
            return null;
        }

        if (!inRange(number))
        {
            Fail(RuleIds.OutOfRange, column, value, range);
            return null;
        }

        return number;
    }

    /// <summary>The English code of a listed value; <c>invalid_value</c> otherwise.</summary>
    public string? Enum(int column, bool required)
    {
        var domain = _template.Columns[column].Domain ?? throw new InvalidOperationException($"{_template.Columns[column].Name} has no value list");
        if (IsRemembered(column, Reading.Enum, 0, 0))
        {
            return _accepted[column].Text;
        }

        if (Text(column, required) is not { } value)
        {
            return null;
        }

        if (domain.Normalize(value) is { } code)
        {
            Remember(column, Reading.Enum, 0, 0, code, 0);
            return code;
        }

        Fail(RuleIds.InvalidValue, column, value, string.Join(" / ", domain.Values.Select(v => v.Code)));
        return null;
    }

    /// <summary>A real date written yyyy-MM-dd; <c>invalid_date</c> otherwise.</summary>
    public DateOnly? Date(int column, bool required)
    {
        if (IsRemembered(column, Reading.Date, 0, 0))
        {
            return DateOnly.FromDayNumber((int)_accepted[column].Number);
        }

        if (Text(column, required) is not { } value)
        {
            return null;
        }

        if (TryParseIsoDate(value, out var date))
        {
            Remember(column, Reading.Date, 0, 0, null, date.DayNumber);
            return date;
        }

        Fail(RuleIds.InvalidDate, column, value);
        return null;
    }

    /// <summary>
    /// yyyy-MM-dd as <see cref="DateOnly.TryParseExact(string?, string?, IFormatProvider?, DateTimeStyles, out DateOnly)"/>
    /// reads it; the usual shape (ten characters, digits and two hyphens) by hand, anything else by the framework.
    /// </summary>
    internal static bool TryParseIsoDate(string value, out DateOnly date)
    {
        if (value.Length == 10 && value[4] == '-' && value[7] == '-'
            && AsciiDigits.Only(value.AsSpan(0, 4)) && AsciiDigits.Only(value.AsSpan(5, 2)) && AsciiDigits.Only(value.AsSpan(8, 2)))
        {
            var year = ((value[0] - '0') * 1000) + ((value[1] - '0') * 100) + ((value[2] - '0') * 10) + (value[3] - '0');
            var month = ((value[5] - '0') * 10) + (value[6] - '0');
            var day = ((value[8] - '0') * 10) + (value[9] - '0');
            if (year >= 1 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month))
            {
                date = new DateOnly(year, month, day);
                return true;
            }
        }

        return DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date);
    }

    /// <summary>The column's remembered reading when the current row holds the very string it was read from, read the same way.</summary>
    private bool IsRemembered(int column, Reading reading, long first, long second)
    {
        ref readonly var last = ref _accepted[column];
        return ReferenceEquals(last.Raw, _row.Values[column]) && last.Reading == reading && last.First == first && last.Second == second;
    }

    private void Remember(int column, Reading reading, long first, long second, string? text, long number) =>
        _accepted[column] = new Accepted(_row.Values[column], reading, first, second, text, number);

    private static bool TryParseWholeNumber(string value, out long number)
    {
        // Up to 18 ASCII digits (years, grades, counts): read by hand, as long.TryParse would.
        if (value.Length is > 0 and <= 18 && AsciiDigits.Only(value))
        {
            number = 0;
            foreach (var digit in value)
            {
                number = (number * 10) + (digit - '0');
            }

            return true;
        }

        if (long.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out number))
        {
            return true;
        }

        // "12.0" (a spreadsheet's float) is a whole number; "12.5" is not.
        if (decimal.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var fraction)
            && fraction == decimal.Truncate(fraction) && fraction >= long.MinValue && fraction <= long.MaxValue)
        {
            number = (long)fraction;
            return true;
        }

        return false;
    }

    /// <summary>A value a column accepted: the raw string, how it was read (reader and arguments), and the result.</summary>
    private readonly record struct Accepted(string? Raw, Reading Reading, long First, long Second, string? Text, long Number);
}

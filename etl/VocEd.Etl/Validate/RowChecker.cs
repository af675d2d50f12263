using System.Globalization;
using VocEd.Etl.Extract;
using VocEd.Etl.Pseudonymize;
using VocEd.Etl.Templates;

namespace VocEd.Etl.Validate;

/// <summary>
/// Reads one raw row's values by type and records each failure. Every reader returns null for an empty or invalid
/// value, so rules that depend on a value run only when it is valid (the contract's gating).
/// </summary>
internal sealed class RowChecker
{
    private readonly SubmissionTemplate _template;
    private RawRow _row = null!; // set by Reset before each row
    private bool _records;

    /// <summary>A checker for the rows of one file; <see cref="Reset"/> gives it each row in turn.</summary>
    public RowChecker(SubmissionTemplate template, int currentYear)
    {
        _template = template;
        MaxYear = currentYear + 1;
    }

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
    }

    /// <summary>The trimmed value, empty when absent.</summary>
    public string Raw(int column) => _row.Values[column].Trim();

    public bool IsEmpty(int column) => Raw(column).Length == 0;

    public bool IsNumericCell(int column) => _row.IsNumeric(column);

    /// <summary>Records a failure of <paramref name="ruleId"/> on a column; personal values are masked.</summary>
    public void Fail(string ruleId, int column, string? value = null, string? limit = null)
    {
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
        if (Text(column, required) is not { } value)
        {
            return null;
        }

        if (lengths.Contains(value.Length) && AsciiDigits.Only(value))
        {
            return value;
        }

        Fail(RuleIds.InvalidCode, column, value, string.Join("/", lengths.ToArray()));
        return null;
    }

    /// <summary>A whole number in [min, max]; <c>not_a_number</c> or <c>out_of_range</c> otherwise.</summary>
    public long? WholeNumber(int column, bool required, long min, long max, string? range = null)
    {
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
        if (Text(column, required) is not { } value)
        {
            return null;
        }

        if (domain.Normalize(value) is { } code)
        {
            return code;
        }

        Fail(RuleIds.InvalidValue, column, value, string.Join(" / ", domain.Values.Select(v => v.Code)));
        return null;
    }

    /// <summary>A real date written yyyy-MM-dd; <c>invalid_date</c> otherwise.</summary>
    public DateOnly? Date(int column, bool required)
    {
        if (Text(column, required) is not { } value)
        {
            return null;
        }

        if (DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        Fail(RuleIds.InvalidDate, column, value);
        return null;
    }

    private static bool TryParseWholeNumber(string value, out long number)
    {
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
}

using VocEd.Etl.Extract;
using VocEd.Etl.Infrastructure;
using VocEd.Etl.Pseudonymize;
using VocEd.Etl.Records;
using VocEd.Etl.Templates;

namespace VocEd.Etl.Validate;

/// <summary>
/// Checks the rows of one file of one kind against every rule of the catalog, in file order (it remembers the keys
/// seen, so the first of duplicates is kept). One instance per file; disposing it gives the keys' set back to the pool.
/// </summary>
internal abstract class RowValidator : IDisposable
{
    private readonly int[] _personal;
    private readonly RowChecker _checker;

    // The last look-ups that found what they looked for, by the strings they were given (see RowChecker: a repeated
    // short field is the same string row after row); a file names one school, a few majors, a few counties.
    private readonly string?[] _knownCounty;
    private LastLookup<SchoolInfo> _lastSchool;
    private (string? Code, SchoolInfo? School, bool? SecondaryAllowed, MajorInfo? Major) _lastMajor;
    private int _expectedRows;
    private bool _released;

    protected RowValidator(SubmissionTemplate template, IValidationContext context, SubmissionIdentity identity, Pseudonymizer pseudonymizer)
    {
        Template = template;
        Context = context;
        Identity = identity;
        Pseudonymizer = pseudonymizer;
        _checker = new RowChecker(template, context.TimeProvider.GetLocalNow().Year);
        Columns = template.Columns.Select(c => c.Name).ToList();
        _personal = [.. Enumerable.Range(0, template.Columns.Count).Where(i => template.Columns[i].IsPersonal)];
        _knownCounty = new string?[template.Columns.Count];
    }

    protected SubmissionTemplate Template { get; }

    protected IValidationContext Context { get; }

    protected SubmissionIdentity Identity { get; }

    protected Pseudonymizer Pseudonymizer { get; }

    private IReadOnlyList<string> Columns { get; }

    /// <summary>A validator for one file; <paramref name="expectedRows"/> (the scan's count) sizes its set of keys once.</summary>
    public static RowValidator Create(SubmissionKind kind, IValidationContext context, SubmissionIdentity identity, Pseudonymizer pseudonymizer, long expectedRows = 0)
    {
        RowValidator validator = kind switch
        {
            SubmissionKind.SchoolProfile => new SchoolProfileRowValidator(context, identity, pseudonymizer),
            SubmissionKind.Enrollment => new EnrollmentRowValidator(context, identity, pseudonymizer),
            SubmissionKind.GraduateDestination => new GraduateDestinationRowValidator(context, identity, pseudonymizer),
            SubmissionKind.RegionalIndustry => new RegionalIndustryRowValidator(context, identity, pseudonymizer),
            _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "unknown submission kind"),
        };
        validator._expectedRows = (int)Math.Clamp(expectedRows, 0, 1 << 22);
        return validator;
    }

    /// <summary>
    /// Checks one row. The row's values are masked in place (the raw row is spent: a reader hands out a new one per
    /// record) and become the validated row's masked raw values.
    /// </summary>
    public ValidatedRow Validate(RawRow row)
    {
        // A truncated or malformed record is rejected for that alone; its values are read only to fill the record.
        var complete = !row.IsTruncated && row.Problem is null;
        _checker.Reset(row, complete);

        var record = Check(_checker, isComplete: complete);
        // Array.Empty, not "[]": beside a List in a conditional, "[]" is a new List<RuleViolation> for every clean row.
        IReadOnlyList<RuleViolation> violations = complete ? _checker.Violations is { } failures ? failures : Array.Empty<RuleViolation>()
            : row.Problem is { } problem ? [new RuleViolation(RuleIds.MalformedRecord, string.Empty, LineOf(row), problem)]
            : [new RuleViolation(RuleIds.TruncatedRow, string.Empty, LineOf(row), null)];
        var values = row.Values;
        foreach (var i in _personal)
        {
            values[i] = PersonalDataMasker.Mask(Template.Columns[i].Name, values[i]);
        }

        return new ValidatedRow(row.RowNumber, record, violations, Columns, values);
    }

    /// <summary>The record's line in the file (its row number when the reader does not know lines), as a message names it.</summary>
    private static string LineOf(RawRow row) => (row.Line > 0 ? row.Line : row.RowNumber).ToString(System.Globalization.CultureInfo.InvariantCulture);

    public void Dispose()
    {
        if (!_released)
        {
            _released = true;
            Release();
        }
    }

    /// <summary>Gives back what the validator borrowed (once; nothing by default).</summary>
    protected virtual void Release()
    {
    }

    /// <summary>Reads and checks one row; <paramref name="isComplete"/> false means keys must not be remembered.</summary>
    protected abstract SubmissionRecord Check(RowChecker row, bool isComplete);

    /// <summary><c>other_submitter</c> when a well-formed submitter differs from the file's.</summary>
    protected void CheckSubmitter(RowChecker row, int column, string? submitter)
    {
        if (submitter is not null && Identity.Submitter is { } expected && !string.Equals(submitter, expected, StringComparison.Ordinal))
        {
            row.Fail(RuleIds.OtherSubmitter, column, submitter, expected);
        }
    }

    /// <summary><c>other_submitter</c> when a valid year differs from the file's.</summary>
    protected void CheckYear(RowChecker row, int column, int? year)
    {
        if (year is { } value && Identity.Year is { } expected && value != expected)
        {
            row.Fail(RuleIds.OtherSubmitter, column, value.ToString(System.Globalization.CultureInfo.InvariantCulture), expected.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }
    }

    /// <summary><c>duplicate_row</c> when <paramref name="key"/> was seen on an earlier row; otherwise remembers it.</summary>
    protected void CheckDuplicate<TKey>(Dictionary<TKey, long> seen, TKey key, RowChecker row, int column, string shown, bool isComplete)
        where TKey : notnull
    {
        if (seen.Count == 0)
        {
            seen.EnsureCapacity(_expectedRows); // one allocation instead of a dozen doublings
        }

        if (seen.TryGetValue(key, out var first))
        {
            row.Fail(RuleIds.DuplicateRow, column, shown, first.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }
        else if (isComplete)
        {
            seen[key] = row.RowNumber;
        }
    }

    /// <summary>
    /// A citizen ID that is well-formed with a right check digit (upper-cased, with its key and birth date), or null
    /// after recording why not. A numeric XLSX cell is rejected as such; its digits are not checked further.
    /// </summary>
    protected static ValidCitizenId? CitizenIdOf(RowChecker row, int column)
    {
        if (row.Text(column, required: true) is not { } id)
        {
            return null;
        }

        if (row.IsNumericCell(column))
        {
            row.Fail(RuleIds.CitizenIdStoredAsNumber, column, id);
            return null;
        }

        switch (CitizenId.Check(id, out var key, out var birthDate))
        {
            case CitizenIdCheck.BadFormat:
                row.Fail(RuleIds.CitizenIdFormat, column, id);
                return null;
            case CitizenIdCheck.BadCheckDigit:
                row.Fail(RuleIds.CitizenIdCheckDigit, column, id);
                return null;
            default:
                return new ValidCitizenId(id.ToUpperInvariant(), key, birthDate);
        }
    }

    /// <summary>A citizen ID that passed: its upper-cased text, its key for duplicates and its birth date.</summary>
    protected readonly record struct ValidCitizenId(string Text, long Key, DateOnly BirthDate);

    /// <summary>A known school for a well-formed code; <c>unknown_school</c> when it has no school_profile.</summary>
    protected SchoolInfo? SchoolOf(RowChecker row, int column, string? schoolCode)
    {
        if (schoolCode is null)
        {
            return null;
        }

        if (_lastSchool.TryGet(schoolCode, out var known))
        {
            return known;
        }

        if (Context.FindSchool(schoolCode) is { } school)
        {
            return _lastSchool.Keep(schoolCode, school);
        }

        row.Fail(RuleIds.UnknownSchool, column, schoolCode);
        return null;
    }

    /// <summary><see cref="MajorChecker.Check"/>, or its last result when the code, school and exception are the ones it accepted last.</summary>
    protected MajorInfo? CheckMajor(RowChecker row, int column, string? majorCode, SchoolInfo? school, bool? secondaryAllowed)
    {
        var last = _lastMajor;
        if (majorCode is not null && ReferenceEquals(majorCode, last.Code) && ReferenceEquals(school, last.School) && secondaryAllowed == last.SecondaryAllowed)
        {
            return last.Major;
        }

        var failures = row.FailureCount;
        var major = MajorChecker.Check(row, Context, column, majorCode, school, secondaryAllowed);
        if (major is not null && row.FailureCount == failures)
        {
            _lastMajor = (majorCode, school, secondaryAllowed, major);
        }

        return major;
    }

    /// <summary>A county code (6 digits) that exists; <c>invalid_code</c> / <c>unknown_county</c> otherwise.</summary>
    protected string? CountyOf(RowChecker row, int column, bool required)
    {
        if (row.Digits(column, required, 6) is not { } code)
        {
            return null;
        }

        if (ReferenceEquals(code, _knownCounty[column]))
        {
            return code;
        }

        if (Context.IsKnownCounty(code))
        {
            _knownCounty[column] = code;
            return code;
        }

        row.Fail(RuleIds.UnknownCounty, column, code);
        return null;
    }
}

using VocEd.Etl.Extract;
using VocEd.Etl.Pipeline;
using VocEd.Etl.Pseudonymize;
using VocEd.Etl.Templates;

namespace VocEd.Etl.Validate;

/// <summary>
/// Checks the rows of one file of one kind against every rule of the catalog, in file order (it remembers the keys
/// seen, so the first of duplicates is kept). One instance per file.
/// </summary>
internal abstract class RowValidator
{
    private readonly int _currentYear;

    protected RowValidator(SubmissionTemplate template, IValidationContext context, SubmissionIdentity identity, Pseudonymizer pseudonymizer)
    {
        Template = template;
        Context = context;
        Identity = identity;
        Pseudonymizer = pseudonymizer;
        _currentYear = context.TimeProvider.GetLocalNow().Year;
        Columns = template.Columns.Select(c => c.Name).ToList();
    }

    protected SubmissionTemplate Template { get; }

    protected IValidationContext Context { get; }

    protected SubmissionIdentity Identity { get; }

    protected Pseudonymizer Pseudonymizer { get; }

    private IReadOnlyList<string> Columns { get; }

    public static RowValidator Create(SubmissionKind kind, IValidationContext context, SubmissionIdentity identity, Pseudonymizer pseudonymizer) => kind switch
    {
        SubmissionKind.SchoolProfile => new SchoolProfileRowValidator(context, identity, pseudonymizer),
        SubmissionKind.Enrollment => new EnrollmentRowValidator(context, identity, pseudonymizer),
        SubmissionKind.GraduateDestination => new GraduateDestinationRowValidator(context, identity, pseudonymizer),
        SubmissionKind.RegionalIndustry => new RegionalIndustryRowValidator(context, identity, pseudonymizer),
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "unknown submission kind"),
    };

    public ValidatedRow Validate(RawRow row)
    {
        var violations = new List<RuleViolation>();
        SubmissionRecord record;
        if (row.IsTruncated)
        {
            // A truncated record is rejected for that alone; its values are read only to fill the record.
            record = Check(new RowChecker(Template, row, [], _currentYear), isComplete: false);
            violations.Add(new RuleViolation(RuleIds.TruncatedRow, string.Empty, null, null));
        }
        else
        {
            record = Check(new RowChecker(Template, row, violations, _currentYear), isComplete: true);
        }

        var masked = new string[row.Values.Length];
        for (var i = 0; i < masked.Length; i++)
        {
            masked[i] = Template.Columns[i].IsPersonal ? PersonalDataMasker.Mask(Template.Columns[i].Name, row.Values[i]) : row.Values[i];
        }

        return new ValidatedRow(row.RowNumber, record, violations, Columns, masked);
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
    protected static void CheckDuplicate<TKey>(Dictionary<TKey, long> seen, TKey key, RowChecker row, int column, string shown, bool isComplete)
        where TKey : notnull
    {
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
    /// A citizen ID that is well-formed with a right check digit (upper-cased), or null after recording why not.
    /// A numeric XLSX cell is rejected as such; its digits are not checked further.
    /// </summary>
    protected static string? CitizenIdOf(RowChecker row, int column)
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

        switch (CitizenId.Check(id))
        {
            case CitizenIdCheck.BadFormat:
                row.Fail(RuleIds.CitizenIdFormat, column, id);
                return null;
            case CitizenIdCheck.BadCheckDigit:
                row.Fail(RuleIds.CitizenIdCheckDigit, column, id);
                return null;
            default:
                return id.ToUpperInvariant();
        }
    }

    /// <summary>A known school for a well-formed code; <c>unknown_school</c> when it has no school_profile.</summary>
    protected SchoolInfo? SchoolOf(RowChecker row, int column, string? schoolCode)
    {
        if (schoolCode is null)
        {
            return null;
        }

        var school = Context.FindSchool(schoolCode);
        if (school is null)
        {
            row.Fail(RuleIds.UnknownSchool, column, schoolCode);
        }

        return school;
    }

    /// <summary>A county code (6 digits) that exists; <c>invalid_code</c> / <c>unknown_county</c> otherwise.</summary>
    protected string? CountyOf(RowChecker row, int column, bool required)
    {
        if (row.Digits(column, required, 6) is not { } code)
        {
            return null;
        }

        if (Context.IsKnownCounty(code))
        {
            return code;
        }

        row.Fail(RuleIds.UnknownCounty, column, code);
        return null;
    }
}

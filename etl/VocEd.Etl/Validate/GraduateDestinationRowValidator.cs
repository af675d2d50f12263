using System.Globalization;
using VocEd.Etl.Infrastructure;
using VocEd.Etl.Pseudonymize;
using VocEd.Etl.Records;
using VocEd.Etl.Templates;

namespace VocEd.Etl.Validate;

/// <summary>Every rule of a graduate_destination row (one graduate).</summary>
internal sealed class GraduateDestinationRowValidator : RowValidator
{
    private const decimal _maxSalaryYuan = 200_000m;

    private static SubmissionTemplate T { get; } = SubmissionTemplates.GraduateDestination;
    private static int School { get; } = T.IndexOf(ColumnNames.SchoolCode);
    private static int GraduationYear { get; } = T.IndexOf(ColumnNames.GraduationYear);
    private static int Id { get; } = T.IndexOf(ColumnNames.CitizenId);
    private static int Major { get; } = T.IndexOf(ColumnNames.MajorCode);
    private static int Destination { get; } = T.IndexOf(ColumnNames.DestinationCode);
    private static int Industry { get; } = T.IndexOf(ColumnNames.EmployerIndustry);
    private static int EmployerCounty { get; } = T.IndexOf(ColumnNames.EmployerCountyCode);
    private static int Salary { get; } = T.IndexOf(ColumnNames.MonthlySalaryYuan);
    private static int JobRelated { get; } = T.IndexOf(ColumnNames.JobRelated);
    private static int SurveyDate { get; } = T.IndexOf(ColumnNames.SurveyDate);
    private static int[] EmploymentColumns { get; } = [Industry, EmployerCounty, Salary, JobRelated];

    private readonly Dictionary<long, long> _seen = KeyedRowsPool.Rent();

    // The last destination and industry codes found in the reference lists (by string: see RowChecker).
    private LastLookup<bool> _lastDestination;
    private LastLookup<bool> _lastDivision;
    private readonly DateOnly _today;

    public GraduateDestinationRowValidator(IValidationContext context, SubmissionIdentity identity, Pseudonymizer pseudonymizer)
        : base(T, context, identity, pseudonymizer)
    {
        // Once per file, as the checker's current year is: reading the local clock and time zone per row is not free.
        _today = DateOnly.FromDateTime(context.TimeProvider.GetLocalNow().DateTime);
    }

    protected override void Release() => KeyedRowsPool.Return(_seen);

    protected override SubmissionRecord Check(RowChecker row, bool isComplete)
    {
        var schoolCode = row.Digits(School, true, 10);
        var school = SchoolOf(row, School, schoolCode);
        CheckSubmitter(row, School, schoolCode);
        var graduationYear = row.Year(GraduationYear);
        CheckYear(row, GraduationYear, graduationYear);

        var id = CitizenIdOf(row, Id);
        if (id is { } valid)
        {
            CheckDuplicate(_seen, valid.Key, row, Id, valid.Text, isComplete);
        }

        var majorCode = row.Digits(Major, true, 4, 6);
        var major = CheckMajor(row, Major, majorCode, school, secondaryAllowed: false);

        var destination = row.Text(Destination, true);
        bool? employed = null;
        if (destination is not null)
        {
            employed = _lastDestination.TryGet(destination, out var kept) ? kept
                : Context.IsEmployedDestination(destination) is { } found ? _lastDestination.Keep(destination, found)
                : null;
        }

        if (destination is not null && employed is null)
        {
            row.Fail(RuleIds.InvalidValue, Destination, destination, string.Join(" ", Context.DestinationCodes));
            destination = null;
        }

        var industry = row.Digits(Industry, false, 2);
        if (industry is not null && !_lastDivision.TryGet(industry, out _))
        {
            if (Context.IsIndustryDivision(industry))
            {
                _lastDivision.Keep(industry, true);
            }
            else
            {
                row.Fail(RuleIds.InvalidValue, Industry, industry, "GB/T 4754 01–97");
                industry = null;
            }
        }

        var employerCounty = CountyOf(row, EmployerCounty, false);
        var salary = row.Number(Salary, false, x => x > 0 && x <= _maxSalaryYuan, "(0, 200000]");
        var jobRelated = row.Enum(JobRelated, false);
        if (employed is { } isEmployed)
        {
            foreach (var column in EmploymentColumns)
            {
                if (isEmployed && row.IsEmpty(column))
                {
                    row.Fail(RuleIds.EmployedFieldsMissing, column, destination);
                }
                else if (!isEmployed && !row.IsEmpty(column))
                {
                    row.Fail(RuleIds.NonEmployedFieldsPresent, column, destination);
                }
            }
        }

        var surveyDate = row.Date(SurveyDate, true);
        if (surveyDate is { } surveyed)
        {
            if (graduationYear is { } year && surveyed < new DateOnly(year, 6, 1))
            {
                row.Fail(RuleIds.SurveyDateTooEarly, SurveyDate, row.Raw(SurveyDate), $"{year:D4}-06-01");
            }

            if (surveyed > _today)
            {
                row.Fail(RuleIds.SurveyDateInFuture, SurveyDate, row.Raw(SurveyDate), _today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            }
        }

        return new GraduateDestinationRecord
        {
            SchoolCode = schoolCode,
            GraduationYear = graduationYear,
            StudentKey = id is { } student ? Pseudonymizer.Pseudonymize(student.Text) : null,
            BirthYear = id?.BirthDate.Year,
            Gender = id is { } known ? CitizenId.Gender(known.Text) : null,
            MajorCatalog = major?.CatalogCode,
            MajorCode = majorCode,
            DestinationCode = destination,
            IsEmployed = employed,
            EmployerIndustry = industry,
            EmployerCountyCode = employerCounty,
            MonthlySalaryYuan = salary,
            JobRelated = jobRelated is null ? null : string.Equals(jobRelated, "Y", StringComparison.Ordinal),
            SurveyDate = surveyDate,
        };
    }
}

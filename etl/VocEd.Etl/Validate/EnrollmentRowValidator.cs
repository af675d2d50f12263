using VocEd.Etl.Infrastructure;
using VocEd.Etl.Pseudonymize;
using VocEd.Etl.Records;
using VocEd.Etl.Templates;
using VocEd.Warehouse.Reference;

namespace VocEd.Etl.Validate;

/// <summary>Every rule of an enrollment row (one student in one academic year).</summary>
internal sealed class EnrollmentRowValidator : RowValidator
{
    private static SubmissionTemplate T { get; } = SubmissionTemplates.Enrollment;
    private static int School { get; } = T.IndexOf(ColumnNames.SchoolCode);
    private static int AcademicYear { get; } = T.IndexOf(ColumnNames.AcademicYear);
    private static int Id { get; } = T.IndexOf(ColumnNames.CitizenId);
    private static int Major { get; } = T.IndexOf(ColumnNames.MajorCode);
    private static int EntryYear { get; } = T.IndexOf(ColumnNames.EntryYear);
    private static int Grade { get; } = T.IndexOf(ColumnNames.Grade);
    private static int Gender { get; } = T.IndexOf(ColumnNames.Gender);
    private static int HomeCounty { get; } = T.IndexOf(ColumnNames.HomeCountyCode);
    private static int Route { get; } = T.IndexOf(ColumnNames.Route);
    private static int Status { get; } = T.IndexOf(ColumnNames.Status);
    private static int Training { get; } = T.IndexOf(ColumnNames.TrainingLevel);
    private static int Entry { get; } = T.IndexOf(ColumnNames.EntryLevel);

    private readonly Dictionary<long, long> _seen = KeyedRowsPool.Rent();

    public EnrollmentRowValidator(IValidationContext context, SubmissionIdentity identity, Pseudonymizer pseudonymizer)
        : base(T, context, identity, pseudonymizer)
    {
    }

    protected override void Release() => KeyedRowsPool.Return(_seen);

    protected override SubmissionRecord Check(RowChecker row, bool isComplete)
    {
        var schoolCode = row.Digits(School, true, 10);
        var school = SchoolOf(row, School, schoolCode);
        CheckSubmitter(row, School, schoolCode);
        var academicYear = row.Year(AcademicYear);
        CheckYear(row, AcademicYear, academicYear);

        var id = CitizenIdOf(row, Id);
        if (id is { } valid)
        {
            CheckDuplicate(_seen, valid.Key, row, Id, valid.Text, isComplete);
        }

        var majorCode = row.Digits(Major, true, 4, 6);
        var entryYear = row.Year(EntryYear);
        if (entryYear is { } entered && academicYear is { } year && entered > year)
        {
            row.Fail(RuleIds.EntryYearAfterAcademicYear, EntryYear, entered.ToString(System.Globalization.CultureInfo.InvariantCulture), year.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        var grade = (int?)row.WholeNumber(Grade, true, 1, 6);
        var gender = row.Enum(Gender, true);
        if (id is { } known && gender is not null && !string.Equals(CitizenId.Gender(known.Text), gender, StringComparison.Ordinal))
        {
            row.Fail(RuleIds.GenderMismatch, Gender, row.Raw(Gender));
        }

        var homeCounty = CountyOf(row, HomeCounty, true);
        var route = row.Enum(Route, true);
        var status = row.Enum(Status, true);

        bool? secondaryAllowed = route is null || grade is null
            ? null
            : string.Equals(route, "five_year", StringComparison.Ordinal) && grade <= 3;
        var major = CheckMajor(row, Major, majorCode, school, secondaryAllowed);

        var technical = school is not null && string.Equals(school.SchoolType, MajorLevels.Technical, StringComparison.Ordinal);
        var training = row.Enum(Training, technical);
        var entry = row.Enum(Entry, technical);
        if (technical && training is not null && entry is not null)
        {
            if (Context.TechnicalDuration(training, entry) is not { } duration)
            {
                row.Fail(RuleIds.TechnicalLevelPair, Training, $"{training}/{entry}");
            }
            else if (grade > duration)
            {
                row.Fail(RuleIds.TechnicalGradeExceedsDuration, Grade, row.Raw(Grade), duration.ToString(System.Globalization.CultureInfo.InvariantCulture));
            }
        }

        return new EnrollmentRecord
        {
            SchoolCode = schoolCode,
            AcademicYear = academicYear,
            StudentKey = id is { } student ? Pseudonymizer.Pseudonymize(student.Text) : null,
            BirthYear = id?.BirthDate.Year,
            MajorCatalog = major?.CatalogCode,
            MajorCode = majorCode,
            EntryYear = entryYear,
            Grade = grade,
            Gender = gender,
            HomeCountyCode = homeCounty,
            Route = route,
            Status = status,
            TrainingLevel = training,
            EntryLevel = entry,
        };
    }
}

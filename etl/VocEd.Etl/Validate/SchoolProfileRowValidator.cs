using System.Globalization;
using VocEd.Etl.Pseudonymize;
using VocEd.Etl.Records;
using VocEd.Etl.Templates;

namespace VocEd.Etl.Validate;

/// <summary>Every rule of a school_profile row (one school in one academic year).</summary>
internal sealed class SchoolProfileRowValidator : RowValidator
{
    /// <summary>Policy: part-time teachers 一般不超过30% of all teachers.</summary>
    public const decimal MaxParttimeShare = 0.30m;

    private static SubmissionTemplate T { get; } = SubmissionTemplates.SchoolProfile;
    private static int School { get; } = T.IndexOf(ColumnNames.SchoolCode);
    private static int Name { get; } = T.IndexOf(ColumnNames.SchoolName);
    private static int Type { get; } = T.IndexOf(ColumnNames.SchoolType);
    private static int Sponsor { get; } = T.IndexOf(ColumnNames.Sponsor);
    private static int County { get; } = T.IndexOf(ColumnNames.CountyCode);
    private static int AcademicYear { get; } = T.IndexOf(ColumnNames.AcademicYear);
    private static int Students { get; } = T.IndexOf(ColumnNames.StudentsTotal);
    private static int Fulltime { get; } = T.IndexOf(ColumnNames.FulltimeTeachers);
    private static int Dual { get; } = T.IndexOf(ColumnNames.DualQualifiedTeachers);
    private static int Parttime { get; } = T.IndexOf(ColumnNames.ParttimeTeachers);
    private static int Hours { get; } = T.IndexOf(ColumnNames.ParttimeTeachingHours);
    private static int Equipment { get; } = T.IndexOf(ColumnNames.EquipmentValueYuan);
    private static int Workstations { get; } = T.IndexOf(ColumnNames.PracticeWorkstations);
    private static int Partners { get; } = T.IndexOf(ColumnNames.PartnerEnterprises);
    private static int Designations { get; } = T.IndexOf(ColumnNames.Designations);

    private readonly Dictionary<(string School, int Year), long> _seen = [];

    public SchoolProfileRowValidator(IValidationContext context, SubmissionIdentity identity, Pseudonymizer pseudonymizer)
        : base(T, context, identity, pseudonymizer)
    {
    }

    protected override SubmissionRecord Check(RowChecker row, bool isComplete)
    {
        var schoolCode = row.Digits(School, true, 10);
        CheckSubmitter(row, School, schoolCode);
        var academicYear = row.Year(AcademicYear);
        CheckYear(row, AcademicYear, academicYear);
        if (schoolCode is not null && academicYear is { } year)
        {
            CheckDuplicate(_seen, (schoolCode, year), row, School, schoolCode, isComplete);
        }

        var fulltime = row.Count(Fulltime);
        var dual = row.Count(Dual);
        if (dual > fulltime)
        {
            row.Fail(RuleIds.DualQualifiedExceedsFulltime, Dual, Invariant(dual), Invariant(fulltime));
        }

        var parttime = row.Count(Parttime);
        if (fulltime is { } full && parttime is { } part && part + full > 0 && part > MaxParttimeShare * (part + full))
        {
            var share = (decimal)part / (part + full) * 100m;
            row.Fail(RuleIds.ParttimeShareHigh, Parttime, share.ToString("0.#", CultureInfo.InvariantCulture) + "%", "30%");
        }

        return new SchoolProfileRecord
        {
            SchoolCode = schoolCode,
            SchoolName = StoredText(row, Name, required: true, ColumnBounds.SchoolNameMaxLength),
            SchoolType = row.Enum(Type, true),
            Sponsor = row.Enum(Sponsor, true),
            CountyCode = CountyOf(row, County, true),
            AcademicYear = academicYear,
            StudentsTotal = row.Count(Students),
            FulltimeTeachers = fulltime,
            DualQualifiedTeachers = dual,
            ParttimeTeachers = parttime,
            ParttimeTeachingHours = row.Count(Hours),
            EquipmentValueYuan = row.Number(Equipment, true, x => x >= 0 && x < ColumnBounds.EquipmentValueYuanBelow, ColumnBounds.EquipmentRange),
            PracticeWorkstations = row.Count(Workstations),
            PartnerEnterprises = row.Count(Partners),
            Designations = StoredText(row, Designations, required: false, ColumnBounds.DesignationsMaxLength) is { } designations
                ? designations.Split([';', '；'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                : [],
        };
    }

    private static string? Invariant(int? value) => value?.ToString(CultureInfo.InvariantCulture);

    /// <summary>
    /// A free text the warehouse keeps (name, designations): at most <paramref name="maxLength"/> characters (the
    /// column's width), no control character (PostgreSQL takes no NUL) nor half a surrogate pair, and nothing shaped like
    /// a citizen ID (it would be stored as it is); <c>invalid_value</c> otherwise.
    /// </summary>
    private static string? StoredText(RowChecker row, int column, bool required, int maxLength)
    {
        if (row.Text(column, required) is not { } text)
        {
            return null;
        }

        if (text.Length <= maxLength && !text.Any(char.IsControl) && ReferenceEquals(PersonalDataMasker.MaskForStorage(text), text))
        {
            return text;
        }

        row.Fail(RuleIds.InvalidValue, column, text, Invariant(maxLength) + " 个字符以内的文字，不含控制字符或身份证号");
        return null;
    }
}

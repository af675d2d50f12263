using VocEd.Etl.Extract;
using VocEd.Etl.Pseudonymize;
using VocEd.Etl.Records;
using VocEd.Etl.Templates;
using VocEd.Etl.Validate;
using VocEd.Warehouse.Reference;

namespace VocEd.Etl.Tests.TestSupport;

/// <summary>Valid rows of each kind, a validation context over the real reference data, and helpers to validate changed rows.</summary>
internal static class TestRows
{
    /// <summary>"Today" in every test: 15 September 2025, so years run 2000–2026.</summary>
    public static readonly DateTimeOffset Now = new(2025, 9, 15, 8, 0, 0, TimeSpan.Zero);

    public const string SecondarySchool = "4401000001";
    public const string AssociateSchool = "4401000002";
    public const string BachelorSchool = "4401000003";
    public const string TechnicalSchool = "4401000004";
    public const string BeijingTechnicalSchool = "1101000001";

    /// <summary>GB 11643's own example: female, born 1949-12-31.</summary>
    public const string FemaleId = "11010519491231002X";

    /// <summary>A male ID (17th digit odd), born 1880-01-01.</summary>
    public const string MaleId = "440524188001010014";

    private static readonly Lazy<ReferenceDataSet> _reference = new(TestReferenceData.Load);

    public static ReferenceDataSet Reference => _reference.Value;

    public static Pseudonymizer Pseudonymizer { get; } = new(new PseudonymKey(1, Enumerable.Repeat((byte)7, 32).ToArray()));

    public static IReadOnlyList<SchoolInfo> Schools { get; } =
    [
        new(SecondarySchool, "secondary", "44"),
        new(AssociateSchool, "associate", "44"),
        new(BachelorSchool, "bachelor", "44"),
        new(TechnicalSchool, "technical", "44"),
        new(BeijingTechnicalSchool, "technical", "11"),
    ];

    public static ReferenceValidationContext Context() => new(Reference, new FixedTimeProvider(Now), Schools);

    /// <summary>A valid ID with the given birth date and sequence (odd sequence = male).</summary>
    public static string Id(string region = "440106", string birth = "20080101", string sequence = "123")
    {
        var first17 = region + birth + sequence;
        return first17 + CitizenId.CheckDigit(first17);
    }

    public static Dictionary<string, string> Valid(SubmissionKind kind) => kind switch
    {
        SubmissionKind.SchoolProfile => new(StringComparer.Ordinal)
        {
            [ColumnNames.SchoolCode] = SecondarySchool,
            [ColumnNames.SchoolName] = "广州市示范中等职业学校",
            [ColumnNames.SchoolType] = "secondary",
            [ColumnNames.Sponsor] = "公办",
            [ColumnNames.CountyCode] = "440106",
            [ColumnNames.AcademicYear] = "2024",
            [ColumnNames.StudentsTotal] = "1200",
            [ColumnNames.FulltimeTeachers] = "80",
            [ColumnNames.DualQualifiedTeachers] = "40",
            [ColumnNames.ParttimeTeachers] = "20",
            [ColumnNames.ParttimeTeachingHours] = "3000",
            [ColumnNames.EquipmentValueYuan] = "5000000.50",
            [ColumnNames.PracticeWorkstations] = "600",
            [ColumnNames.PartnerEnterprises] = "12",
            [ColumnNames.Designations] = "双高计划;示范校",
        },
        SubmissionKind.Enrollment => new(StringComparer.Ordinal)
        {
            [ColumnNames.SchoolCode] = SecondarySchool,
            [ColumnNames.AcademicYear] = "2024",
            [ColumnNames.CitizenId] = FemaleId,
            [ColumnNames.StudentName] = "张小红",
            [ColumnNames.MajorCode] = "710212",
            [ColumnNames.EntryYear] = "2023",
            [ColumnNames.Grade] = "2",
            [ColumnNames.Gender] = "女",
            [ColumnNames.HomeCountyCode] = "110105",
            [ColumnNames.Route] = "统招",
            [ColumnNames.Status] = "enrolled",
            [ColumnNames.TrainingLevel] = string.Empty,
            [ColumnNames.EntryLevel] = string.Empty,
        },
        SubmissionKind.GraduateDestination => new(StringComparer.Ordinal)
        {
            [ColumnNames.SchoolCode] = AssociateSchool,
            [ColumnNames.GraduationYear] = "2025",
            [ColumnNames.CitizenId] = MaleId,
            [ColumnNames.MajorCode] = "510203",
            [ColumnNames.DestinationCode] = "11",
            [ColumnNames.EmployerIndustry] = "65",
            [ColumnNames.EmployerCountyCode] = "440106",
            [ColumnNames.MonthlySalaryYuan] = "4500",
            [ColumnNames.JobRelated] = "是",
            [ColumnNames.SurveyDate] = "2025-08-31",
        },
        _ => new(StringComparer.Ordinal)
        {
            [ColumnNames.RegionCode] = "440000",
            [ColumnNames.Year] = "2024",
            [ColumnNames.IndustrySection] = "C",
            [ColumnNames.ValueAdded100mYuan] = "12345.6",
            [ColumnNames.Employment10k] = "567.8",
            [ColumnNames.Priority] = "重点产业",
        },
    };

    /// <summary>A valid row of <paramref name="kind"/> with some values changed.</summary>
    public static Dictionary<string, string> With(SubmissionKind kind, params (string Column, string Value)[] changes)
    {
        var row = Valid(kind);
        foreach (var (column, value) in changes)
        {
            row[column] = value;
        }

        return row;
    }

    public static RawRow Raw(SubmissionKind kind, IReadOnlyDictionary<string, string> values, long rowNumber = 1, params string[] numericColumns)
    {
        var template = SubmissionTemplates.For(kind);
        var cells = template.Columns.Select(c => values.GetValueOrDefault(c.Name, string.Empty)).ToArray();
        var numeric = template.Columns.Select(c => numericColumns.Contains(c.Name)).ToArray();
        return new RawRow(rowNumber, cells, numeric);
    }

    /// <summary>The identity of the valid row of a kind (its submitter and year).</summary>
    public static SubmissionIdentity Identity(SubmissionKind kind) => kind switch
    {
        SubmissionKind.SchoolProfile => new(SecondarySchool, 2024),
        SubmissionKind.Enrollment => new(SecondarySchool, 2024),
        SubmissionKind.GraduateDestination => new(AssociateSchool, 2025),
        _ => new("44", 2024),
    };

    /// <summary>Validates rows in order as one file.</summary>
    public static List<ValidatedRow> ValidateAll(SubmissionKind kind, SubmissionIdentity identity, params IReadOnlyDictionary<string, string>[] rows)
    {
        using var validator = RowValidator.Create(kind, Context(), identity, Pseudonymizer);
        return rows.Select((row, i) => validator.Validate(Raw(kind, row, i + 1))).ToList();
    }

    public static ValidatedRow Validate(SubmissionKind kind, IReadOnlyDictionary<string, string> row, params string[] numericColumns)
    {
        using var validator = RowValidator.Create(kind, Context(), Identity(kind), Pseudonymizer);
        return validator.Validate(Raw(kind, row, 1, numericColumns));
    }

    public static ValidatedRow Validate(SubmissionKind kind, params (string Column, string Value)[] changes) =>
        Validate(kind, With(kind, changes));

    /// <summary>"rule_id:column" for each violation, in order.</summary>
    public static string[] Failures(this ValidatedRow row) => [.. row.Violations.Select(v => v.RuleId + ":" + v.Column)];
}

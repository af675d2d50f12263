using VocEd.Warehouse.Model.Etl;
using static VocEd.Etl.Templates.ColumnNames;
using static VocEd.Etl.Templates.ColumnPresence;
using static VocEd.Etl.Templates.ColumnType;

namespace VocEd.Etl.Templates;

/// <summary>The one definition of the four submission templates (docs/submissions.md).</summary>
public static class SubmissionTemplates
{
    public static SubmissionTemplate SchoolProfile { get; } = new(
        SubmissionKind.SchoolProfile, SubmissionKinds.SchoolProfile, "学校基本情况", SchoolCode, AcademicYear,
        [
            new(SchoolCode, "学校标识码", Code, Required, "10 digits; the submitter"),
            new(SchoolName, "学校名称", Text, Required, "text"),
            new(SchoolType, "学校类型", ColumnType.Enum, Required, "secondary 中职 · associate 高职专科 · bachelor 职业本科 · technical 技工院校", EnumDomains.SchoolType),
            new(Sponsor, "举办者", ColumnType.Enum, Required, "public 公办 · private 民办", EnumDomains.Sponsor),
            new(CountyCode, "所在县区代码", Code, Required, "6-digit county code that exists"),
            new(AcademicYear, "学年", WholeNumber, Required, "4-digit start year (2024 = 2024-2025学年)"),
            new(StudentsTotal, "在校生数", WholeNumber, Required, "integer ≥ 0"),
            new(FulltimeTeachers, "专任教师数", WholeNumber, Required, "integer ≥ 0"),
            new(DualQualifiedTeachers, "双师型教师数", WholeNumber, Required, "integer ≥ 0, ≤ fulltime_teachers"),
            new(ParttimeTeachers, "兼职教师数", WholeNumber, Required, "integer ≥ 0; warning above 30 % of all teachers"),
            new(ParttimeTeachingHours, "兼职教师年课时", WholeNumber, Required, "integer ≥ 0"),
            new(EquipmentValueYuan, "教学仪器设备值(元)", DecimalNumber, Required, "decimal ≥ 0"),
            new(PracticeWorkstations, "校内实践教学工位数", WholeNumber, Required, "integer ≥ 0"),
            new(PartnerEnterprises, "合作企业数", WholeNumber, Required, "integer ≥ 0"),
            new(Designations, "荣誉称号", Text, Optional, "optional, ';'-separated (双高计划;示范校 …)", HeaderOptional: true),
        ]);

    public static SubmissionTemplate Enrollment { get; } = new(
        SubmissionKind.Enrollment, SubmissionKinds.Enrollment, "学籍", SchoolCode, AcademicYear,
        [
            new(SchoolCode, "学校标识码", Code, Required, "10 digits, a known school"),
            new(AcademicYear, "学年", WholeNumber, Required, "4-digit start year"),
            new(CitizenId, "身份证号", Code, Required, "18 characters, GB 11643 check digit; never stored", IsPersonal: true),
            new(StudentName, "姓名", Text, Optional, "optional; never stored", HeaderOptional: true, IsPersonal: true),
            new(MajorCode, "专业代码", Code, Required, "6 digits (education catalog, level fits the school type) or 4 digits (technical schools)"),
            new(EntryYear, "入学年份", WholeNumber, Required, "4 digits, ≤ academic_year"),
            new(Grade, "年级", WholeNumber, Required, "1–6"),
            new(Gender, "性别", ColumnType.Enum, Required, "M/F or 男/女; agrees with the citizen ID", EnumDomains.Gender),
            new(HomeCountyCode, "生源地代码", Code, Required, "6-digit county code"),
            new(Route, "培养方式", ColumnType.Enum, Required, "regular 统招 · through 中高职贯通 · five_year 五年一贯制 · expansion 扩招", EnumDomains.Route),
            new(Status, "学籍状态", ColumnType.Enum, Required, "enrolled 在籍 · suspended 休学 · dropped 退学 · graduated 毕业", EnumDomains.Status),
            new(TrainingLevel, "培养层次", ColumnType.Enum, Conditional, "technical schools only: intermediate 中级工 · senior 高级工 · technician 预备技师", EnumDomains.TrainingLevel, HeaderOptional: true),
            new(EntryLevel, "入学起点", ColumnType.Enum, Conditional, "technical schools only: junior 初中起点 · senior 高中起点 · technical 中技起点 · senior_technical 高技起点", EnumDomains.EntryLevel, HeaderOptional: true),
        ]);

    public static SubmissionTemplate GraduateDestination { get; } = new(
        SubmissionKind.GraduateDestination, SubmissionKinds.GraduateDestination, "毕业去向", SchoolCode, GraduationYear,
        [
            new(SchoolCode, "学校标识码", Code, Required, "10 digits, a known school"),
            new(GraduationYear, "毕业年份", WholeNumber, Required, "4 digits"),
            new(CitizenId, "身份证号", Code, Required, "18 characters, GB 11643 check digit; never stored", IsPersonal: true),
            new(MajorCode, "专业代码", Code, Required, "as in enrollment"),
            new(DestinationCode, "毕业去向代码", ColumnType.Enum, Required, "10 11 12 27 46 50 51 70 71 72 75 76 80 81 82 85"),
            new(EmployerIndustry, "就业单位行业", Code, Conditional, "2-digit GB/T 4754 division 01–97; required when employed, empty otherwise"),
            new(EmployerCountyCode, "就业地区代码", Code, Conditional, "6-digit county code; required when employed, empty otherwise"),
            new(MonthlySalaryYuan, "月收入(元)", DecimalNumber, Conditional, "0 < x ≤ 200000 when employed, empty otherwise"),
            new(JobRelated, "专业相关", ColumnType.Enum, Conditional, "Y/N (是/否) when employed, empty otherwise", EnumDomains.JobRelated),
            new(SurveyDate, "调查日期", Date, Required, "yyyy-MM-dd, from 1 June of graduation_year, not in the future"),
        ]);

    public static SubmissionTemplate RegionalIndustry { get; } = new(
        SubmissionKind.RegionalIndustry, SubmissionKinds.RegionalIndustry, "地区产业数据", RegionCode, Year,
        [
            new(RegionCode, "地区代码", Code, Required, "CN, or a 2-, 4- or 6-digit region code (440000 = 44); the submitter"),
            new(Year, "年份", WholeNumber, Required, "4 digits"),
            new(IndustrySection, "行业门类", ColumnType.Enum, Required, "GB/T 4754 section A–T"),
            new(ValueAdded100mYuan, "增加值(亿元)", DecimalNumber, Required, "decimal ≥ 0"),
            new(Employment10k, "从业人员(万人)", DecimalNumber, Required, "decimal ≥ 0"),
            new(Priority, "产业定位", ColumnType.Enum, Required, "none · key 重点产业 · strategic_emerging 战略性新兴产业 · future 未来产业", EnumDomains.Priority),
        ]);

    /// <summary>All templates in load order: what others depend on comes first.</summary>
    public static IReadOnlyList<SubmissionTemplate> All { get; } = [SchoolProfile, RegionalIndustry, Enrollment, GraduateDestination];

    public static SubmissionTemplate For(SubmissionKind kind) => kind switch
    {
        SubmissionKind.SchoolProfile => SchoolProfile,
        SubmissionKind.Enrollment => Enrollment,
        SubmissionKind.GraduateDestination => GraduateDestination,
        SubmissionKind.RegionalIndustry => RegionalIndustry,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "unknown submission kind"),
    };

    /// <summary>The template whose canonical name is <paramref name="name"/> (<c>enrollment</c> …), or null.</summary>
    public static SubmissionTemplate? ForName(string name) =>
        All.FirstOrDefault(t => string.Equals(t.Name, name, StringComparison.Ordinal));
}

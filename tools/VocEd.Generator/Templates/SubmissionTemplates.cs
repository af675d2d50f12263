namespace VocEd.Generator.Templates;

/// <summary>The four templates exactly as the submission contract (docs/submissions.md) defines them.</summary>
public static class SubmissionTemplates
{
    private static readonly Dictionary<string, string> _schoolTypes = new(StringComparer.Ordinal)
    {
        ["secondary"] = "中职",
        ["associate"] = "高职专科",
        ["bachelor"] = "职业本科",
        ["technical"] = "技工院校",
    };

    private static readonly Dictionary<string, string> _sponsors = new(StringComparer.Ordinal) { ["public"] = "公办", ["private"] = "民办" };

    private static readonly Dictionary<string, string> _genders = new(StringComparer.Ordinal) { ["M"] = "男", ["F"] = "女" };

    private static readonly Dictionary<string, string> _routes = new(StringComparer.Ordinal)
    {
        ["regular"] = "统招",
        ["through"] = "中高职贯通",
        ["five_year"] = "五年一贯制",
        ["expansion"] = "扩招",
    };

    private static readonly Dictionary<string, string> _statuses = new(StringComparer.Ordinal)
    {
        ["enrolled"] = "在籍",
        ["suspended"] = "休学",
        ["dropped"] = "退学",
        ["graduated"] = "毕业",
    };

    private static readonly Dictionary<string, string> _trainingLevels = new(StringComparer.Ordinal)
    {
        ["intermediate"] = "中级工",
        ["senior"] = "高级工",
        ["technician"] = "预备技师",
    };

    private static readonly Dictionary<string, string> _entryLevels = new(StringComparer.Ordinal)
    {
        ["junior"] = "初中起点",
        ["senior"] = "高中起点",
        ["technical"] = "中技起点",
        ["senior_technical"] = "高技起点",
    };

    private static readonly Dictionary<string, string> _yesNo = new(StringComparer.Ordinal) { ["Y"] = "是", ["N"] = "否" };

    // "none" has no Chinese form in the template; it is written as "none" in both languages.
    private static readonly Dictionary<string, string> _priorities = new(StringComparer.Ordinal)
    {
        ["none"] = "none",
        ["key"] = "重点产业",
        ["strategic_emerging"] = "战略性新兴产业",
        ["future"] = "未来产业",
    };

    public static SubmissionTemplate SchoolProfile { get; } = new(SubmissionKind.SchoolProfile, "school_profile",
    [
        new("school_code", "学校标识码", ColumnType.Code, true),
        new("school_name", "学校名称", ColumnType.Text, true),
        new("school_type", "学校类型", ColumnType.Choice, true, _schoolTypes),
        new("sponsor", "举办者", ColumnType.Choice, true, _sponsors),
        new("county_code", "所在县区代码", ColumnType.Code, true),
        new("academic_year", "学年", ColumnType.WholeNumber, true),
        new("students_total", "在校生数", ColumnType.WholeNumber, true),
        new("fulltime_teachers", "专任教师数", ColumnType.WholeNumber, true),
        new("dual_qualified_teachers", "双师型教师数", ColumnType.WholeNumber, true),
        new("parttime_teachers", "兼职教师数", ColumnType.WholeNumber, true),
        new("parttime_teaching_hours", "兼职教师年课时", ColumnType.WholeNumber, true),
        new("equipment_value_yuan", "教学仪器设备值(元)", ColumnType.Amount, true),
        new("practice_workstations", "校内实践教学工位数", ColumnType.WholeNumber, true),
        new("partner_enterprises", "合作企业数", ColumnType.WholeNumber, true),
        new("designations", "荣誉称号", ColumnType.Text, false),
    ]);

    public static SubmissionTemplate Enrollment { get; } = new(SubmissionKind.Enrollment, "enrollment",
    [
        new("school_code", "学校标识码", ColumnType.Code, true),
        new("academic_year", "学年", ColumnType.WholeNumber, true),
        new("citizen_id", "身份证号", ColumnType.Code, true),
        new("student_name", "姓名", ColumnType.Text, false),
        new("major_code", "专业代码", ColumnType.Code, true),
        new("entry_year", "入学年份", ColumnType.WholeNumber, true),
        new("grade", "年级", ColumnType.WholeNumber, true),
        new("gender", "性别", ColumnType.Choice, true, _genders),
        new("home_county_code", "生源地代码", ColumnType.Code, true),
        new("route", "培养方式", ColumnType.Choice, true, _routes),
        new("status", "学籍状态", ColumnType.Choice, true, _statuses),
        new("training_level", "培养层次", ColumnType.Choice, false, _trainingLevels),
        new("entry_level", "入学起点", ColumnType.Choice, false, _entryLevels),
    ]);

    public static SubmissionTemplate GraduateDestination { get; } = new(SubmissionKind.GraduateDestination, "graduate_destination",
    [
        new("school_code", "学校标识码", ColumnType.Code, true),
        new("graduation_year", "毕业年份", ColumnType.WholeNumber, true),
        new("citizen_id", "身份证号", ColumnType.Code, true),
        new("major_code", "专业代码", ColumnType.Code, true),
        new("destination_code", "毕业去向代码", ColumnType.Code, true),
        new("employer_industry", "就业单位行业", ColumnType.Code, false),
        new("employer_county_code", "就业地区代码", ColumnType.Code, false),
        new("monthly_salary_yuan", "月收入(元)", ColumnType.Amount, false),
        new("job_related", "专业相关", ColumnType.Choice, false, _yesNo),
        new("survey_date", "调查日期", ColumnType.Date, true),
    ]);

    public static SubmissionTemplate RegionalIndustry { get; } = new(SubmissionKind.RegionalIndustry, "regional_industry",
    [
        new("region_code", "地区代码", ColumnType.Code, true),
        new("year", "年份", ColumnType.WholeNumber, true),
        new("industry_section", "行业门类", ColumnType.Code, true),
        new("value_added_100m_yuan", "增加值(亿元)", ColumnType.Amount, true),
        new("employment_10k", "从业人员(万人)", ColumnType.Amount, true),
        new("priority", "产业定位", ColumnType.Choice, true, _priorities),
    ]);

    public static IReadOnlyList<SubmissionTemplate> All { get; } = [SchoolProfile, RegionalIndustry, Enrollment, GraduateDestination];

    public static SubmissionTemplate For(SubmissionKind kind) => kind switch
    {
        SubmissionKind.SchoolProfile => SchoolProfile,
        SubmissionKind.Enrollment => Enrollment,
        SubmissionKind.GraduateDestination => GraduateDestination,
        _ => RegionalIndustry,
    };
}

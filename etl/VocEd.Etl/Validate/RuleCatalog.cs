using static VocEd.Etl.Validate.RuleScope;
using static VocEd.Etl.Validate.RuleSeverity;

namespace VocEd.Etl.Validate;

/// <summary>The one rule catalog: every row and file rule the ETL applies, in the order documented.</summary>
public static class RuleCatalog
{
    private static readonly Dictionary<string, Rule> _byId;

    static RuleCatalog()
    {
        All =
        [
            new(RuleIds.Required, Error, Row,
                "A required field is empty (column = that field). Technical-school enrollment rows need training_level and entry_level.",
                "{column} 为必填项", "{column} is required"),
            new(RuleIds.NotANumber, Error, Row,
                "An integer or decimal field cannot be parsed, or an integer field has a fraction.",
                "{column}：'{value}' 不是有效数字（人数、年份须为整数）", "{column}: '{value}' is not a valid number (counts and years are whole numbers)"),
            new(RuleIds.InvalidDate, Error, Row,
                "survey_date is not written yyyy-MM-dd or is not a real date.",
                "{column}：'{value}' 不是 yyyy-MM-dd 格式的有效日期", "{column}: '{value}' is not a real date written yyyy-MM-dd"),
            new(RuleIds.InvalidCode, Error, Row,
                "A code has the wrong shape: school_code not 10 digits, county codes not 6 digits, major_code not 4 or 6 digits, region_code not CN / 2 / 4 / 6 digits, employer_industry not 2 digits.",
                "{column}：'{value}' 代码格式错误（应为 {limit} 位数字）", "{column}: '{value}' has the wrong shape (expected {limit} digits)"),
            new(RuleIds.InvalidValue, Error, Row,
                "A value outside its list: school_type, sponsor, gender, route, status, training_level, entry_level, destination_code, job_related, industry_section, priority; employer_industry not a GB/T 4754 division 01–97.",
                "{column}：'{value}' 不在允许的取值中（{limit}）", "{column}: '{value}' is not an allowed value ({limit})"),
            new(RuleIds.OutOfRange, Error, Row,
                "A number outside its range: negative counts or amounts, grade not 1–6, a year outside 2000 … current calendar year + 1, salary not in (0, 200000].",
                "{column}：{value} 超出允许范围 {limit}", "{column}: {value} is outside the allowed range {limit}"),
            new(RuleIds.CitizenIdFormat, Error, Row,
                "citizen_id is not 17 digits followed by a digit or X, or its birth date (digits 7–14) is not a real date.",
                "{column}：'{value}' 不是17位数字加1位校验码（数字或X），或出生日期无效", "{column}: '{value}' is not 17 digits plus a digit or X with a real birth date"),
            new(RuleIds.CitizenIdCheckDigit, Error, Row,
                "The GB 11643 mod 11-2 check digit is wrong (checked only when the format is right).",
                "{column}：'{value}' 校验码错误（GB 11643）", "{column}: '{value}' has a wrong check digit (GB 11643)"),
            new(RuleIds.CitizenIdStoredAsNumber, Error, Row,
                "The XLSX cell holding citizen_id is numeric (its last digits are lost and an X is impossible); format and check digit are then not checked.",
                "{column}：身份证号以数字格式存储，末位会丢失且无法表示X，请将该列设置为文本格式",
                "{column}: the citizen ID is stored as a number, which loses its last digits and cannot hold X; store it as text"),
            new(RuleIds.GenderMismatch, Error, Row,
                "gender disagrees with the citizen ID's 17th digit (odd = male); checked only when the ID passes format and check digit and gender is a valid value.",
                "{column}：'{value}' 与身份证号中的性别不一致", "{column}: '{value}' disagrees with the sex encoded in the citizen ID"),
            new(RuleIds.UnknownCounty, Error, Row,
                "county_code, home_county_code or employer_county_code is well-formed but not in the reference county list (a padded prefecture such as 440100 is not a county).",
                "{column}：'{value}' 不是有效的县级行政区划代码", "{column}: '{value}' is not a county code in the reference list"),
            new(RuleIds.UnknownSchool, Error, Row,
                "An enrollment or graduate_destination school_code is well-formed but has no loaded school_profile (any year).",
                "{column}：学校 '{value}' 没有学校基本情况记录，请先报送学校基本情况", "{column}: school '{value}' has no school_profile; submit the school profile first"),
            new(RuleIds.UnknownMajor, Error, Row,
                "major_code is well-formed but not in the catalog for its shape (education catalog for 6 digits; national technical catalog plus the school's provincial featured catalog for 4 digits); checked only when the school is known.",
                "{column}：'{value}' 不在专业目录（{limit}）中", "{column}: '{value}' is not in the major catalog ({limit})"),
            new(RuleIds.MajorLevelMismatch, Error, Row,
                "A known major whose level does not fit the school type (secondary 61–79, associate 41–59, bachelor 21–39, technical 4-digit technical catalogs); route five_year at an associate school may carry secondary majors in grades 1–3. Checked only when school and major are known.",
                "{column}：专业 '{value}' 与学校类型（{limit}）的专业层次不符", "{column}: major '{value}' does not fit the school type ({limit})"),
            new(RuleIds.TechnicalLevelPair, Error, Row,
                "A technical-school row whose (training_level, entry_level) pair is not in the programme duration table.",
                "{column}：培养层次与入学起点组合 '{value}' 不是有效的技工院校学制", "{column}: training level and entry level '{value}' are not a technical programme"),
            new(RuleIds.TechnicalGradeExceedsDuration, Error, Row,
                "A technical-school row whose grade exceeds the programme duration (checked only when the pair is valid).",
                "{column}：年级 {value} 超过学制 {limit} 年", "{column}: grade {value} exceeds the programme's duration of {limit} years"),
            new(RuleIds.EntryYearAfterAcademicYear, Error, Row,
                "entry_year is after academic_year.",
                "{column}：入学年份 {value} 晚于学年 {limit}", "{column}: entry year {value} is after the academic year {limit}"),
            new(RuleIds.DualQualifiedExceedsFulltime, Error, Row,
                "dual_qualified_teachers exceeds fulltime_teachers.",
                "{column}：双师型教师数 {value} 超过专任教师数 {limit}", "{column}: {value} dual-qualified teachers exceed {limit} full-time teachers"),
            new(RuleIds.ParttimeShareHigh, Warning, Row,
                "parttime_teachers is above 30 % of all teachers (full-time + part-time); policy says 一般不超过30%, so the row is kept.",
                "{column}：兼职教师占比 {value}，政策要求一般不超过 {limit}", "{column}: part-time teachers are {value} of all teachers, above the {limit} guideline"),
            new(RuleIds.EmployedFieldsMissing, Error, Row,
                "An employed destination (10 11 12 27 46 50 51 75 76) with employer_industry, employer_county_code, monthly_salary_yuan or job_related empty: one rejection per missing field.",
                "{column}：就业毕业生（去向代码 {value}）须填写此项", "{column}: required for an employed graduate (destination {value})"),
            new(RuleIds.NonEmployedFieldsPresent, Error, Row,
                "A destination that is not employment with any of those four fields filled: one rejection per filled field.",
                "{column}：非就业毕业生（去向代码 {value}）不得填写此项", "{column}: must be empty for a graduate who is not employed (destination {value})"),
            new(RuleIds.SurveyDateTooEarly, Error, Row,
                "survey_date is before 1 June of graduation_year.",
                "{column}：调查日期 {value} 早于毕业年份的6月1日（{limit}）", "{column}: survey date {value} is before 1 June of the graduation year ({limit})"),
            new(RuleIds.SurveyDateInFuture, Error, Row,
                "survey_date is after today.",
                "{column}：调查日期 {value} 晚于今天（{limit}）", "{column}: survey date {value} is after today ({limit})"),
            new(RuleIds.DuplicateRow, Error, Row,
                "The same citizen_id twice in an enrollment or graduate_destination file, the same industry_section twice in a regional_industry file, or the same school_code + academic_year twice in a school_profile file: the first is kept, later ones rejected. Only rows whose key is valid take part.",
                "{column}：'{value}' 与本文件第 {limit} 行重复，保留第一次出现的行", "{column}: '{value}' already appears in row {limit} of this file; the first is kept"),
            new(RuleIds.OtherSubmitter, Error, Row,
                "The row's school_code (region_code) or year differs from the file's submitter or year (the value most rows carry); checked only on well-formed values.",
                "{column}：'{value}' 与本文件的报送单位或年份（{limit}）不一致，请另行报送", "{column}: '{value}' differs from this file's submitter or year ({limit}); send it in its own file"),
            new(RuleIds.TruncatedRow, Error, Row,
                "A record with fewer fields than the header, or ending inside an open quote (a truncated file's last row); column empty, no other rule is checked. The message names the record's line.",
                "第 {value} 行：该行字段数少于表头，文件可能不完整", "line {value}: the record has fewer fields than the header; the file looks truncated"),
            new(RuleIds.MalformedRecord, Error, Row,
                "A record that cannot be read as a row: more fields than the header (its columns have shifted); a field, a record or a quoted field's lines over the reading limits (a quote opened and never closed: reading goes on at the record's second line, so the rest of the file is not lost); a JSON object with a key twice or too many keys; an XLSX row over the limits. Column empty, no other rule is checked, no value is kept. The message names the line (the sheet row for XLSX) and what is wrong.",
                "第 {value} 行：无法作为一行数据读取（{limit}）", "line {value}: the record cannot be read as a row ({limit})"),
            new(RuleIds.SubmissionQuarantined, Error, Row,
                "Every row of a submission quarantined for its rejection rate, in addition to the row's own failures.",
                "整个报送文件因被拒行比例过高（{value}，阈值 {limit}）被隔离", "the whole submission was quarantined for its rejection rate ({value}, threshold {limit})"),
            new(RuleIds.FileUnreadable, Error, RuleScope.File,
                "The file cannot be read at all: corrupt XLSX, undecodable bytes (neither UTF-8 nor GB18030), invalid JSON, or oversize.",
                "文件无法读取：{value}", "the file cannot be read: {value}"),
            new(RuleIds.FileUnknownKind, Error, RuleScope.File,
                "The header matches no submission template; the message names the closest kind and its missing columns.",
                "表头不符合任何报送模板：{value}", "the header matches no submission template: {value}"),
            new(RuleIds.RejectionRateExceeded, Error, RuleScope.File,
                "A submission of at least 50 rows with more than the configured share (default 20 %) of its rows rejected is quarantined whole.",
                "被拒行比例 {value} 超过阈值 {limit}，整个文件被隔离", "{value} of the rows were rejected, above the {limit} threshold; the whole file is quarantined"),
            new(RuleIds.EmptyReplacement, Error, RuleScope.File,
                "A replacement (same kind, submitter and year as a loaded submission) that would load no rows while the version it replaces has rows is quarantined instead of replacing it; withdraw is the way to remove data.",
                "替换版本没有可加载的行（{value}），而被替换的版本有 {limit} 行：未替换，文件被隔离；如需删除数据请使用撤回", "the replacement would load no rows ({value}) while the version it replaces has {limit}: nothing is replaced and the file is quarantined; withdraw removes data"),
        ];
        _byId = All.ToDictionary(r => r.Id, StringComparer.Ordinal);
    }

    public static IReadOnlyList<Rule> All { get; }

    /// <summary>The rule with id <paramref name="id"/>; throws for an id not in the catalog.</summary>
    public static Rule Get(string id) =>
        _byId.TryGetValue(id, out var rule) ? rule : throw new ArgumentException($"no rule {id} in the catalog", nameof(id));
}

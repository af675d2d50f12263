using Microsoft.EntityFrameworkCore;
using VocEd.Warehouse.Data;

namespace VocEd.Warehouse.Admin;

/// <summary>
/// The analyst views over the star schema, created from code after the migrations (`voced db migrate`
/// drops and re-creates each one, so a changed definition takes effect on the next migrate). The SQL is
/// plain joins, identical on SQLite, PostgreSQL and SQL Server.
/// </summary>
public static class WarehouseViews
{
    private static readonly (string, string)[] _schoolColumns =
    [
        ("school_code", "学校标识码 (10 digits)"), ("school_name", "the school's name in that year's version"),
        ("school_type", "secondary, associate, bachelor or technical"), ("sponsor", "public (公办) or private (民办)"),
        ("county_code", "the school's county that year"), ("prefecture_code", "its prefecture"), ("prefecture_name_zh", "its prefecture's name"),
        ("province_code", "its province"), ("province_name_zh", "its province's name"), ("economic_region", "east, central, west or northeast"),
    ];

    public static IReadOnlyList<WarehouseView> All { get; } =
    [
        new("v_enrollment", "one row per student per academic year (fact_enrollment) with school, region and major attributes",
            [("academic_year", "the year the school year starts"), ("academic_year_label", "e.g. 2024-2025学年"), .. _schoolColumns,
             ("major_code", "the major's code in its catalog"), ("major_name_zh", "the major's name"), ("major_level", "secondary, associate, bachelor or technical"),
             ("major_category_code", "associate-level category code (41–59) or technical category name"), ("student_pseudonym", "keyed pseudonym of the student (32 bytes), never the citizen ID"),
             ("grade", "grade (年级)"), ("gender", "M or F"), ("birth_year", "year of birth"), ("route", "regular, through, five_year or expansion"),
             ("status", "enrolled, suspended, dropped or graduated"), ("submission_id", "the submission the row came from")],
            """
            select f.academic_year, y.label_zh as academic_year_label,
                s.school_code, s.school_name, s.school_type, s.sponsor, s.county_code, r.prefecture_code, r.prefecture_name_zh,
                r.province_code, r.province_name_zh, r.economic_region,
                m.major_code, m.name_zh as major_name_zh, m.level as major_level, m.major_category_code,
                f.student_pseudonym, f.grade, f.gender, f.birth_year, f.route, f.status, f.submission_id
            from fact_enrollment f
            join dim_school s on s.school_key = f.school_key
            join dim_region r on r.region_key = s.region_key
            join dim_major m on m.major_key = f.major_key
            left join dim_academic_year y on y.academic_year = f.academic_year
            """),
        new("v_graduate_outcome", "one row per graduate (fact_graduate_outcome) with school, region, major, destination and employer attributes",
            [("graduation_year", "the year the graduate finished"), .. _schoolColumns,
             ("major_code", "the major's code"), ("major_name_zh", "the major's name"), ("major_category_code", "associate-level category code or technical category name"),
             ("destination_code", "毕业去向 code"), ("destination_name_zh", "its name"), ("is_placed", "placed (every code except 70, 71, 72)"),
             ("is_employed", "employed (10, 11, 12, 27, 46, 50, 51, 75, 76)"), ("is_further_study", "further study (80, 81, 82)"),
             ("employer_section", "the employer's GB/T 4754 section (employed only)"), ("employer_section_name_zh", "its name"),
             ("employer_county_code", "the employer's county (employed only)"), ("employer_province_code", "the employer's province"),
             ("monthly_salary_yuan", "monthly salary (employed only)"), ("job_related", "job relates to the major (employed only)"), ("submission_id", "the submission the row came from")],
            """
            select g.graduation_year,
                s.school_code, s.school_name, s.school_type, s.sponsor, s.county_code, r.prefecture_code, r.prefecture_name_zh,
                r.province_code, r.province_name_zh, r.economic_region,
                m.major_code, m.name_zh as major_name_zh, m.major_category_code,
                d.destination_code, d.name_zh as destination_name_zh, d.is_placed, d.is_employed, d.is_further_study,
                i.section_code as employer_section, i.name_zh as employer_section_name_zh,
                er.county_code as employer_county_code, er.province_code as employer_province_code,
                g.monthly_salary_yuan, g.job_related, g.submission_id
            from fact_graduate_outcome g
            join dim_school s on s.school_key = g.school_key
            join dim_region r on r.region_key = s.region_key
            join dim_major m on m.major_key = g.major_key
            join dim_destination d on d.destination_key = g.destination_key
            left join dim_industry i on i.industry_key = g.employer_industry_key and i.industry_key > 0
            left join dim_region er on er.region_key = g.employer_region_key and er.region_key > 0
            """),
        new("v_school_resources", "one row per school per academic year (fact_school_resources) with school and region attributes",
            [("academic_year", "the year the school year starts"), .. _schoolColumns,
             ("students_total", "students as the school reports them"), ("fulltime_teachers", "专任教师"), ("dual_qualified_teachers", "双师型教师"),
             ("parttime_teachers", "兼职教师"), ("equipment_value_yuan", "仪器设备值 (yuan)"), ("practice_workstations", "实践教学工位"),
             ("partner_enterprises", "合作企业"), ("submission_id", "the submission the row came from")],
            """
            select f.academic_year,
                s.school_code, s.school_name, s.school_type, s.sponsor, s.county_code, r.prefecture_code, r.prefecture_name_zh,
                r.province_code, r.province_name_zh, r.economic_region,
                f.students_total, f.fulltime_teachers, f.dual_qualified_teachers, f.parttime_teachers, f.equipment_value_yuan,
                f.practice_workstations, f.partner_enterprises, f.submission_id
            from fact_school_resources f
            join dim_school s on s.school_key = f.school_key
            join dim_region r on r.region_key = s.region_key
            """),
        new("v_regional_industry", "one row per region per calendar year per industry section (fact_regional_industry) with names",
            [("year", "calendar year"), ("region_code", "CN, province, prefecture or county code"), ("region_level", "nation, province, prefecture or county"),
             ("region_name_zh", "the region's name"), ("section_code", "GB/T 4754-2017 section"), ("section_name_zh", "its name"), ("sector", "1, 2 or 3 (三次产业)"),
             ("value_added_100m_yuan", "增加值 (亿元)"), ("employment_10k", "就业 (万人)"), ("priority", "none, key, strategic_emerging or future")],
            """
            select f.year, r.region_code, r.region_level, r.name_zh as region_name_zh, i.section_code, i.name_zh as section_name_zh, i.sector,
                f.value_added_100m_yuan, f.employment_10k, f.priority
            from fact_regional_industry f
            join dim_region r on r.region_key = f.region_key
            join dim_industry i on i.industry_key = f.industry_key
            """),
        new("v_quality", "one row per (region, academic year, school type) of cube_quality with the region's name",
            [("region_code", "CN, economic region, province or prefecture"), ("region_name_zh", "the region's name (economic regions: 东部/中部/西部/东北)"),
             ("region_level", "nation, economic_region, province or prefecture"), ("academic_year", "the year the school year starts"), ("school_type", "all or a school type"),
             ("schools", "schools with a school_profile"), ("students", "enrollment rows"), ("graduates", "graduates of academic_year + 1"),
             ("placement_rate", "毕业去向落实率"), ("further_study_rate", "升学率"), ("related_rate", "专业相关度"), ("local_employment_rate", "本地就业率 (province)"),
             ("median_monthly_salary", "月收入中位数"), ("student_teacher_ratio", "生师比"), ("dropout_rate", "流失率")],
            """
            select q.region_code, coalesce(r.name_zh, e.economic_region_zh) as region_name_zh, q.region_level, q.academic_year, q.school_type,
                q.schools, q.students, q.graduates, q.placement_rate, q.further_study_rate, q.related_rate, q.local_employment_rate,
                q.median_monthly_salary, q.student_teacher_ratio, q.dropout_rate
            from cube_quality q
            left join dim_region r on r.region_code = q.region_code
            left join (select distinct economic_region, economic_region_zh from dim_region where region_level = 'province') e on e.economic_region = q.region_code
            """),
    ];

    /// <summary>
    /// Drops every view (DROP VIEW IF EXISTS). Done before migrations run: a view on a table blocks SQLite's table
    /// rebuilds (EF's way of changing a key or dropping a column there) and PostgreSQL's drop of a column it selects.
    /// </summary>
    public static async Task DropAsync(WarehouseDbContext db, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        await db.Database.OpenConnectionAsync(ct).ConfigureAwait(false);
        var connection = db.Database.GetDbConnection();
        foreach (var view in All)
        {
            await SqlCommands.ExecuteAsync(connection, null, $"drop view if exists {view.Name}", ct).ConfigureAwait(false);
        }
    }

    /// <summary>Re-creates every view: <see cref="DropAsync"/>, then CREATE VIEW each (statement by statement, no transaction).</summary>
    public static async Task<int> CreateAsync(WarehouseDbContext db, CancellationToken ct)
    {
        await DropAsync(db, ct).ConfigureAwait(false);
        var connection = db.Database.GetDbConnection();
        foreach (var view in All)
        {
            await SqlCommands.ExecuteAsync(connection, null, $"create view {view.Name} as\n{view.Select}", ct).ConfigureAwait(false);
        }

        return All.Count;
    }
}

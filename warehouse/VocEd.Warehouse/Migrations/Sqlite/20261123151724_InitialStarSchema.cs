using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

#pragma warning disable CA1814 // Prefer jagged arrays over multidimensional

namespace VocEd.Warehouse.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class InitialStarSchema : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "cube_alignment",
                columns: table => new
                {
                    region_code = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    year = table.Column<int>(type: "INTEGER", nullable: false),
                    supply_basis = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    demand_basis = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    region_level = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    mismatch_index = table.Column<double>(type: "REAL", nullable: false),
                    match_degree = table.Column<double>(type: "REAL", nullable: false),
                    moore_angle_deg = table.Column<double>(type: "REAL", nullable: false),
                    sections_compared = table.Column<int>(type: "INTEGER", nullable: false),
                    sector_mismatch_index = table.Column<double>(type: "REAL", nullable: false),
                    supply_total = table.Column<double>(type: "REAL", nullable: false),
                    demand_total = table.Column<double>(type: "REAL", nullable: false),
                    refreshed_at = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_cube_alignment", x => new { x.region_code, x.year, x.supply_basis, x.demand_basis });
                });

            migrationBuilder.CreateTable(
                name: "cube_alignment_section",
                columns: table => new
                {
                    region_code = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    year = table.Column<int>(type: "INTEGER", nullable: false),
                    supply_basis = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    demand_basis = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    industry_section = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    region_level = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    supply = table.Column<double>(type: "REAL", nullable: false),
                    demand = table.Column<double>(type: "REAL", nullable: false),
                    supply_share = table.Column<double>(type: "REAL", nullable: false),
                    demand_share = table.Column<double>(type: "REAL", nullable: false),
                    structural_deviation = table.Column<double>(type: "REAL", nullable: true),
                    location_quotient_supply = table.Column<double>(type: "REAL", nullable: true),
                    location_quotient_demand = table.Column<double>(type: "REAL", nullable: true),
                    refreshed_at = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_cube_alignment_section", x => new { x.region_code, x.year, x.supply_basis, x.demand_basis, x.industry_section });
                });

            migrationBuilder.CreateTable(
                name: "cube_base_major",
                columns: table => new
                {
                    academic_year = table.Column<int>(type: "INTEGER", nullable: false),
                    prefecture_code = table.Column<string>(type: "TEXT", maxLength: 4, nullable: false),
                    province_code = table.Column<string>(type: "TEXT", maxLength: 2, nullable: false),
                    economic_region = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    school_type = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    crosswalk = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    major_category_code = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    employer_industry_key = table.Column<int>(type: "INTEGER", nullable: false),
                    students = table.Column<int>(type: "INTEGER", nullable: false),
                    dropped = table.Column<int>(type: "INTEGER", nullable: false),
                    graduates = table.Column<int>(type: "INTEGER", nullable: false),
                    placed = table.Column<int>(type: "INTEGER", nullable: false),
                    further_study = table.Column<int>(type: "INTEGER", nullable: false),
                    self_employed = table.Column<int>(type: "INTEGER", nullable: false),
                    employed = table.Column<int>(type: "INTEGER", nullable: false),
                    job_related = table.Column<int>(type: "INTEGER", nullable: false),
                    local_province = table.Column<int>(type: "INTEGER", nullable: false),
                    local_prefecture = table.Column<int>(type: "INTEGER", nullable: false),
                    salary_sum = table.Column<double>(type: "REAL", nullable: false),
                    salary_count = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_cube_base_major", x => new { x.academic_year, x.prefecture_code, x.province_code, x.economic_region, x.school_type, x.crosswalk, x.major_category_code, x.employer_industry_key });
                });

            migrationBuilder.CreateTable(
                name: "cube_base_salary",
                columns: table => new
                {
                    academic_year = table.Column<int>(type: "INTEGER", nullable: false),
                    prefecture_code = table.Column<string>(type: "TEXT", maxLength: 4, nullable: false),
                    province_code = table.Column<string>(type: "TEXT", maxLength: 2, nullable: false),
                    economic_region = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    school_type = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    monthly_salary_yuan = table.Column<double>(type: "REAL", nullable: false),
                    graduates = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_cube_base_salary", x => new { x.academic_year, x.prefecture_code, x.province_code, x.economic_region, x.school_type, x.monthly_salary_yuan });
                });

            migrationBuilder.CreateTable(
                name: "cube_base_school",
                columns: table => new
                {
                    academic_year = table.Column<int>(type: "INTEGER", nullable: false),
                    prefecture_code = table.Column<string>(type: "TEXT", maxLength: 4, nullable: false),
                    province_code = table.Column<string>(type: "TEXT", maxLength: 2, nullable: false),
                    economic_region = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    school_type = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    schools = table.Column<int>(type: "INTEGER", nullable: false),
                    students_total = table.Column<long>(type: "INTEGER", nullable: false),
                    fulltime_teachers = table.Column<long>(type: "INTEGER", nullable: false),
                    parttime_teachers = table.Column<long>(type: "INTEGER", nullable: false),
                    dual_qualified_teachers = table.Column<long>(type: "INTEGER", nullable: false),
                    equipment_value_yuan = table.Column<double>(type: "REAL", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_cube_base_school", x => new { x.academic_year, x.prefecture_code, x.province_code, x.economic_region, x.school_type });
                });

            migrationBuilder.CreateTable(
                name: "cube_graduate_fit",
                columns: table => new
                {
                    region_code = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    graduation_year = table.Column<int>(type: "INTEGER", nullable: false),
                    major_category_code = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    region_level = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    graduates = table.Column<int>(type: "INTEGER", nullable: false),
                    employed = table.Column<int>(type: "INTEGER", nullable: false),
                    industry_match_rate = table.Column<double>(type: "REAL", nullable: true),
                    local_employment_rate = table.Column<double>(type: "REAL", nullable: true),
                    priority_industry_rate = table.Column<double>(type: "REAL", nullable: true),
                    refreshed_at = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_cube_graduate_fit", x => new { x.region_code, x.graduation_year, x.major_category_code });
                });

            migrationBuilder.CreateTable(
                name: "cube_quality",
                columns: table => new
                {
                    region_code = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    academic_year = table.Column<int>(type: "INTEGER", nullable: false),
                    school_type = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    region_level = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    schools = table.Column<int>(type: "INTEGER", nullable: false),
                    students = table.Column<int>(type: "INTEGER", nullable: false),
                    graduates = table.Column<int>(type: "INTEGER", nullable: false),
                    employed = table.Column<int>(type: "INTEGER", nullable: false),
                    placement_rate = table.Column<double>(type: "REAL", nullable: true),
                    further_study_rate = table.Column<double>(type: "REAL", nullable: true),
                    entrepreneurship_rate = table.Column<double>(type: "REAL", nullable: true),
                    related_rate = table.Column<double>(type: "REAL", nullable: true),
                    local_employment_rate = table.Column<double>(type: "REAL", nullable: true),
                    local_city_employment_rate = table.Column<double>(type: "REAL", nullable: true),
                    mean_monthly_salary = table.Column<double>(type: "REAL", nullable: true),
                    median_monthly_salary = table.Column<double>(type: "REAL", nullable: true),
                    student_teacher_ratio = table.Column<double>(type: "REAL", nullable: true),
                    dual_qualified_share = table.Column<double>(type: "REAL", nullable: true),
                    equipment_per_student = table.Column<double>(type: "REAL", nullable: true),
                    dropout_rate = table.Column<double>(type: "REAL", nullable: true),
                    refreshed_at = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_cube_quality", x => new { x.region_code, x.academic_year, x.school_type });
                });

            migrationBuilder.CreateTable(
                name: "cube_refresh_log",
                columns: table => new
                {
                    refresh_log_id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    started_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    finished_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    mode = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    submissions_seen = table.Column<int>(type: "INTEGER", nullable: false),
                    partitions_touched = table.Column<int>(type: "INTEGER", nullable: false),
                    academic_years = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    rows_written = table.Column<long>(type: "INTEGER", nullable: false),
                    watermark = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_cube_refresh_log", x => x.refresh_log_id);
                });

            migrationBuilder.CreateTable(
                name: "cube_refresh_submission",
                columns: table => new
                {
                    submission_id = table.Column<long>(type: "INTEGER", nullable: false),
                    status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    refresh_log_id = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_cube_refresh_submission", x => x.submission_id);
                });

            migrationBuilder.CreateTable(
                name: "dim_academic_year",
                columns: table => new
                {
                    academic_year = table.Column<int>(type: "INTEGER", nullable: false),
                    label_zh = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    start_date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    end_date = table.Column<DateOnly>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_dim_academic_year", x => x.academic_year);
                });

            migrationBuilder.CreateTable(
                name: "dim_date",
                columns: table => new
                {
                    date_key = table.Column<int>(type: "INTEGER", nullable: false),
                    date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    year = table.Column<int>(type: "INTEGER", nullable: false),
                    quarter = table.Column<int>(type: "INTEGER", nullable: false),
                    month = table.Column<int>(type: "INTEGER", nullable: false),
                    day = table.Column<int>(type: "INTEGER", nullable: false),
                    day_of_week = table.Column<int>(type: "INTEGER", nullable: false),
                    academic_year = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_dim_date", x => x.date_key);
                });

            migrationBuilder.CreateTable(
                name: "dim_destination",
                columns: table => new
                {
                    destination_key = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    destination_code = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    name_zh = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    destination_group = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    is_placed = table.Column<bool>(type: "INTEGER", nullable: false),
                    is_employed = table.Column<bool>(type: "INTEGER", nullable: false),
                    is_further_study = table.Column<bool>(type: "INTEGER", nullable: false),
                    is_self_employed = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_dim_destination", x => x.destination_key);
                });

            migrationBuilder.CreateTable(
                name: "dim_industry",
                columns: table => new
                {
                    industry_key = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    section_code = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    name_zh = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    name_en = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    division_from = table.Column<int>(type: "INTEGER", nullable: false),
                    division_to = table.Column<int>(type: "INTEGER", nullable: false),
                    sector = table.Column<int>(type: "INTEGER", nullable: false),
                    sector_name_zh = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_dim_industry", x => x.industry_key);
                });

            migrationBuilder.CreateTable(
                name: "dim_major",
                columns: table => new
                {
                    major_key = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    catalog_code = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    catalog_version = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    major_code = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    name_zh = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    level = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    category_code = table.Column<string>(type: "TEXT", maxLength: 8, nullable: true),
                    category_name_zh = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    major_category_code = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    class_code = table.Column<string>(type: "TEXT", maxLength: 4, nullable: true),
                    class_name_zh = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    is_synthetic = table.Column<bool>(type: "INTEGER", nullable: false),
                    effective_from = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    source = table.Column<string>(type: "TEXT", maxLength: 400, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_dim_major", x => x.major_key);
                });

            migrationBuilder.CreateTable(
                name: "dim_major_catalog",
                columns: table => new
                {
                    major_catalog_key = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    catalog_code = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    catalog_version = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    name_zh = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    effective_from = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    scope_region_code = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    source = table.Column<string>(type: "TEXT", maxLength: 400, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_dim_major_catalog", x => x.major_catalog_key);
                });

            migrationBuilder.CreateTable(
                name: "dim_major_category",
                columns: table => new
                {
                    major_category_key = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    level = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    category_code = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    major_category_code = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    name_zh = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    name_en = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_dim_major_category", x => x.major_category_key);
                });

            migrationBuilder.CreateTable(
                name: "dim_major_class",
                columns: table => new
                {
                    major_class_key = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    level = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    class_code = table.Column<string>(type: "TEXT", maxLength: 4, nullable: false),
                    associate_class_code = table.Column<string>(type: "TEXT", maxLength: 4, nullable: false),
                    name_zh = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    status = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_dim_major_class", x => x.major_class_key);
                });

            migrationBuilder.CreateTable(
                name: "dim_region",
                columns: table => new
                {
                    region_key = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    region_code = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    region_level = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    name_zh = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    parent_region_code = table.Column<string>(type: "TEXT", maxLength: 12, nullable: true),
                    province_code = table.Column<string>(type: "TEXT", maxLength: 2, nullable: true),
                    province_name_zh = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    prefecture_code = table.Column<string>(type: "TEXT", maxLength: 4, nullable: true),
                    prefecture_name_zh = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    county_code = table.Column<string>(type: "TEXT", maxLength: 6, nullable: true),
                    economic_region = table.Column<string>(type: "TEXT", maxLength: 16, nullable: true),
                    economic_region_zh = table.Column<string>(type: "TEXT", maxLength: 16, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_dim_region", x => x.region_key);
                });

            migrationBuilder.CreateTable(
                name: "etl_load_run",
                columns: table => new
                {
                    load_run_id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    started_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    finished_at = table.Column<DateTime>(type: "TEXT", nullable: true),
                    triggered_by = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    host = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    files_seen = table.Column<int>(type: "INTEGER", nullable: false),
                    submissions_loaded = table.Column<int>(type: "INTEGER", nullable: false),
                    submissions_quarantined = table.Column<int>(type: "INTEGER", nullable: false),
                    submissions_skipped = table.Column<int>(type: "INTEGER", nullable: false),
                    rows_read = table.Column<long>(type: "INTEGER", nullable: false),
                    rows_loaded = table.Column<long>(type: "INTEGER", nullable: false),
                    rows_rejected = table.Column<long>(type: "INTEGER", nullable: false),
                    message = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_etl_load_run", x => x.load_run_id);
                });

            migrationBuilder.CreateTable(
                name: "etl_reference_load",
                columns: table => new
                {
                    reference_load_id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    file_name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    content_hash = table.Column<string>(type: "TEXT", unicode: false, maxLength: 64, nullable: false),
                    rows_seeded = table.Column<int>(type: "INTEGER", nullable: false),
                    loaded_at = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_etl_reference_load", x => x.reference_load_id);
                });

            migrationBuilder.CreateTable(
                name: "fact_enrollment",
                columns: table => new
                {
                    enrollment_id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    submission_id = table.Column<long>(type: "INTEGER", nullable: false),
                    source_row_number = table.Column<int>(type: "INTEGER", nullable: false),
                    academic_year = table.Column<int>(type: "INTEGER", nullable: false),
                    school_key = table.Column<int>(type: "INTEGER", nullable: false),
                    major_key = table.Column<int>(type: "INTEGER", nullable: false),
                    student_pseudonym = table.Column<string>(type: "TEXT", unicode: false, maxLength: 64, nullable: false),
                    pseudonym_key_version = table.Column<int>(type: "INTEGER", nullable: false),
                    entry_year = table.Column<int>(type: "INTEGER", nullable: false),
                    grade = table.Column<int>(type: "INTEGER", nullable: false),
                    gender = table.Column<string>(type: "TEXT", unicode: false, maxLength: 1, nullable: false),
                    birth_year = table.Column<int>(type: "INTEGER", nullable: false),
                    home_region_key = table.Column<int>(type: "INTEGER", nullable: false),
                    route = table.Column<string>(type: "TEXT", unicode: false, maxLength: 16, nullable: false),
                    status = table.Column<string>(type: "TEXT", unicode: false, maxLength: 16, nullable: false),
                    training_level = table.Column<string>(type: "TEXT", unicode: false, maxLength: 16, nullable: true),
                    entry_level = table.Column<string>(type: "TEXT", unicode: false, maxLength: 16, nullable: true),
                    has_warnings = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_fact_enrollment", x => x.enrollment_id);
                });

            migrationBuilder.CreateTable(
                name: "fact_graduate_outcome",
                columns: table => new
                {
                    graduate_outcome_id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    submission_id = table.Column<long>(type: "INTEGER", nullable: false),
                    source_row_number = table.Column<int>(type: "INTEGER", nullable: false),
                    graduation_year = table.Column<int>(type: "INTEGER", nullable: false),
                    school_key = table.Column<int>(type: "INTEGER", nullable: false),
                    major_key = table.Column<int>(type: "INTEGER", nullable: false),
                    student_pseudonym = table.Column<string>(type: "TEXT", unicode: false, maxLength: 64, nullable: false),
                    pseudonym_key_version = table.Column<int>(type: "INTEGER", nullable: false),
                    destination_key = table.Column<int>(type: "INTEGER", nullable: false),
                    employer_division = table.Column<string>(type: "TEXT", unicode: false, maxLength: 2, nullable: true),
                    employer_industry_key = table.Column<int>(type: "INTEGER", nullable: false),
                    employer_region_key = table.Column<int>(type: "INTEGER", nullable: false),
                    monthly_salary_yuan = table.Column<double>(type: "REAL", precision: 12, scale: 2, nullable: true),
                    job_related = table.Column<bool>(type: "INTEGER", nullable: true),
                    survey_date_key = table.Column<int>(type: "INTEGER", nullable: false),
                    has_warnings = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_fact_graduate_outcome", x => x.graduate_outcome_id);
                });

            migrationBuilder.CreateTable(
                name: "fact_regional_industry",
                columns: table => new
                {
                    regional_industry_id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    submission_id = table.Column<long>(type: "INTEGER", nullable: false),
                    source_row_number = table.Column<int>(type: "INTEGER", nullable: false),
                    year = table.Column<int>(type: "INTEGER", nullable: false),
                    region_key = table.Column<int>(type: "INTEGER", nullable: false),
                    industry_key = table.Column<int>(type: "INTEGER", nullable: false),
                    value_added_100m_yuan = table.Column<double>(type: "REAL", precision: 18, scale: 4, nullable: false),
                    employment_10k = table.Column<double>(type: "REAL", precision: 18, scale: 4, nullable: false),
                    priority = table.Column<string>(type: "TEXT", unicode: false, maxLength: 24, nullable: false),
                    has_warnings = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_fact_regional_industry", x => x.regional_industry_id);
                });

            migrationBuilder.CreateTable(
                name: "fact_school_resources",
                columns: table => new
                {
                    school_resources_id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    submission_id = table.Column<long>(type: "INTEGER", nullable: false),
                    source_row_number = table.Column<int>(type: "INTEGER", nullable: false),
                    academic_year = table.Column<int>(type: "INTEGER", nullable: false),
                    school_key = table.Column<int>(type: "INTEGER", nullable: false),
                    students_total = table.Column<int>(type: "INTEGER", nullable: false),
                    fulltime_teachers = table.Column<int>(type: "INTEGER", nullable: false),
                    dual_qualified_teachers = table.Column<int>(type: "INTEGER", nullable: false),
                    parttime_teachers = table.Column<int>(type: "INTEGER", nullable: false),
                    parttime_teaching_hours = table.Column<int>(type: "INTEGER", nullable: false),
                    equipment_value_yuan = table.Column<double>(type: "REAL", precision: 18, scale: 2, nullable: false),
                    practice_workstations = table.Column<int>(type: "INTEGER", nullable: false),
                    partner_enterprises = table.Column<int>(type: "INTEGER", nullable: false),
                    has_warnings = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_fact_school_resources", x => x.school_resources_id);
                });

            migrationBuilder.CreateTable(
                name: "cube_refresh_partition",
                columns: table => new
                {
                    refresh_log_id = table.Column<long>(type: "INTEGER", nullable: false),
                    school_code = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    academic_year = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_cube_refresh_partition", x => new { x.refresh_log_id, x.academic_year, x.school_code });
                    table.ForeignKey(
                        name: "fk_cube_refresh_partition_cube_refresh_log_refresh_log_id",
                        column: x => x.refresh_log_id,
                        principalTable: "cube_refresh_log",
                        principalColumn: "refresh_log_id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "cube_refresh_scope",
                columns: table => new
                {
                    refresh_log_id = table.Column<long>(type: "INTEGER", nullable: false),
                    academic_year = table.Column<int>(type: "INTEGER", nullable: false),
                    school_key = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_cube_refresh_scope", x => new { x.refresh_log_id, x.academic_year, x.school_key });
                    table.ForeignKey(
                        name: "fk_cube_refresh_scope_cube_refresh_log_refresh_log_id",
                        column: x => x.refresh_log_id,
                        principalTable: "cube_refresh_log",
                        principalColumn: "refresh_log_id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "bridge_major_industry",
                columns: table => new
                {
                    bridge_major_industry_key = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    crosswalk = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    effective_from = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    major_category_code = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    section_code = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    industry_key = table.Column<int>(type: "INTEGER", nullable: false),
                    weight = table.Column<double>(type: "REAL", precision: 9, scale: 6, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_bridge_major_industry", x => x.bridge_major_industry_key);
                    table.ForeignKey(
                        name: "fk_bridge_major_industry_dim_industry_industry_key",
                        column: x => x.industry_key,
                        principalTable: "dim_industry",
                        principalColumn: "industry_key",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "dim_school",
                columns: table => new
                {
                    school_key = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    school_code = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    school_name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    school_type = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    sponsor = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    owner_level = table.Column<string>(type: "TEXT", maxLength: 16, nullable: true),
                    county_code = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    region_key = table.Column<int>(type: "INTEGER", nullable: false),
                    designations = table.Column<string>(type: "TEXT", maxLength: 400, nullable: true),
                    valid_from = table.Column<int>(type: "INTEGER", nullable: false),
                    valid_to = table.Column<int>(type: "INTEGER", nullable: false),
                    is_current = table.Column<bool>(type: "INTEGER", nullable: false),
                    submission_id = table.Column<long>(type: "INTEGER", nullable: true),
                    source_row_number = table.Column<int>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_dim_school", x => x.school_key);
                    table.ForeignKey(
                        name: "fk_dim_school_dim_region_region_key",
                        column: x => x.region_key,
                        principalTable: "dim_region",
                        principalColumn: "region_key",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "etl_submission",
                columns: table => new
                {
                    submission_id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    kind = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    submitter_code = table.Column<string>(type: "TEXT", maxLength: 16, nullable: true),
                    year = table.Column<int>(type: "INTEGER", nullable: true),
                    content_hash = table.Column<string>(type: "TEXT", unicode: false, maxLength: 64, nullable: false),
                    file_name = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false),
                    file_format = table.Column<string>(type: "TEXT", maxLength: 8, nullable: true),
                    encoding = table.Column<string>(type: "TEXT", maxLength: 16, nullable: true),
                    size_bytes = table.Column<long>(type: "INTEGER", nullable: false),
                    received_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    version = table.Column<int>(type: "INTEGER", nullable: false),
                    status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    status_reason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    claimed_by = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    claimed_at = table.Column<DateTime>(type: "TEXT", nullable: true),
                    load_run_id = table.Column<long>(type: "INTEGER", nullable: true),
                    rows_read = table.Column<int>(type: "INTEGER", nullable: false),
                    rows_loaded = table.Column<int>(type: "INTEGER", nullable: false),
                    rows_rejected = table.Column<int>(type: "INTEGER", nullable: false),
                    rows_warned = table.Column<int>(type: "INTEGER", nullable: false),
                    loaded_at = table.Column<DateTime>(type: "TEXT", nullable: true),
                    status_changed_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    superseded_by_submission_id = table.Column<long>(type: "INTEGER", nullable: true),
                    quarantine_path = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_etl_submission", x => x.submission_id);
                    table.ForeignKey(
                        name: "fk_etl_submission_etl_load_run_load_run_id",
                        column: x => x.load_run_id,
                        principalTable: "etl_load_run",
                        principalColumn: "load_run_id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "etl_rejected_row",
                columns: table => new
                {
                    rejected_row_id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    submission_id = table.Column<long>(type: "INTEGER", nullable: false),
                    source_row_number = table.Column<int>(type: "INTEGER", nullable: false),
                    column_name = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    rule_id = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    severity = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    message = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    raw_value = table.Column<string>(type: "TEXT", maxLength: 400, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_etl_rejected_row", x => x.rejected_row_id);
                    table.ForeignKey(
                        name: "fk_etl_rejected_row_etl_submission_submission_id",
                        column: x => x.submission_id,
                        principalTable: "etl_submission",
                        principalColumn: "submission_id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "etl_submission_lock",
                columns: table => new
                {
                    lock_key = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    submission_id = table.Column<long>(type: "INTEGER", nullable: false),
                    claimed_by = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    claimed_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    expires_at = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_etl_submission_lock", x => x.lock_key);
                    table.ForeignKey(
                        name: "fk_etl_submission_lock_etl_submission_submission_id",
                        column: x => x.submission_id,
                        principalTable: "etl_submission",
                        principalColumn: "submission_id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "stg_school_profile",
                columns: table => new
                {
                    stg_school_profile_id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    school_code = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    academic_year = table.Column<int>(type: "INTEGER", nullable: false),
                    school_name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    school_type = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    sponsor = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    owner_level = table.Column<string>(type: "TEXT", maxLength: 16, nullable: true),
                    county_code = table.Column<string>(type: "TEXT", maxLength: 6, nullable: false),
                    designations = table.Column<string>(type: "TEXT", maxLength: 400, nullable: true),
                    submission_id = table.Column<long>(type: "INTEGER", nullable: false),
                    source_row_number = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_stg_school_profile", x => x.stg_school_profile_id);
                    table.ForeignKey(
                        name: "fk_stg_school_profile_etl_submission_submission_id",
                        column: x => x.submission_id,
                        principalTable: "etl_submission",
                        principalColumn: "submission_id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.InsertData(
                table: "dim_academic_year",
                columns: new[] { "academic_year", "end_date", "label_zh", "start_date" },
                values: new object[] { -1, new DateOnly(1900, 1, 1), "未知学年", new DateOnly(1900, 1, 1) });

            migrationBuilder.InsertData(
                table: "dim_date",
                columns: new[] { "date_key", "academic_year", "date", "day", "day_of_week", "month", "quarter", "year" },
                values: new object[] { -1, -1, new DateOnly(1900, 1, 1), 1, 1, 1, 1, 1900 });

            migrationBuilder.InsertData(
                table: "dim_destination",
                columns: new[] { "destination_key", "destination_code", "destination_group", "is_employed", "is_further_study", "is_placed", "is_self_employed", "name_zh" },
                values: new object[] { -1, "?", "unknown", false, false, false, false, "未知" });

            migrationBuilder.InsertData(
                table: "dim_industry",
                columns: new[] { "industry_key", "division_from", "division_to", "name_en", "name_zh", "section_code", "sector", "sector_name_zh" },
                values: new object[,]
                {
                    { -2, 0, 0, null, "不适用", "-", 0, "不适用" },
                    { -1, 0, 0, null, "未知", "?", 0, "未知" }
                });

            migrationBuilder.InsertData(
                table: "dim_major",
                columns: new[] { "major_key", "catalog_code", "catalog_version", "category_code", "category_name_zh", "class_code", "class_name_zh", "effective_from", "is_synthetic", "level", "major_category_code", "major_code", "name_zh", "source", "status" },
                values: new object[] { -1, "unknown", "unknown", null, null, null, null, new DateOnly(2000, 1, 1), false, "unknown", "unknown", "unknown", "未知专业", null, "active" });

            migrationBuilder.InsertData(
                table: "dim_region",
                columns: new[] { "region_key", "county_code", "economic_region", "economic_region_zh", "name_zh", "parent_region_code", "prefecture_code", "prefecture_name_zh", "province_code", "province_name_zh", "region_code", "region_level" },
                values: new object[,]
                {
                    { -2, null, null, null, "不适用", null, null, null, null, null, "n/a", "unknown" },
                    { -1, null, null, null, "未知", null, null, null, null, null, "unknown", "unknown" }
                });

            migrationBuilder.InsertData(
                table: "dim_school",
                columns: new[] { "school_key", "county_code", "designations", "is_current", "owner_level", "region_key", "school_code", "school_name", "school_type", "source_row_number", "sponsor", "submission_id", "valid_from", "valid_to" },
                values: new object[] { -1, "unknown", null, true, null, -1, "unknown", "未知学校", "unknown", null, "unknown", null, 0, 9999 });

            migrationBuilder.CreateIndex(
                name: "ix_bridge_major_industry_crosswalk_effective_from_major_category_code_section_code",
                table: "bridge_major_industry",
                columns: new[] { "crosswalk", "effective_from", "major_category_code", "section_code" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_bridge_major_industry_industry_key",
                table: "bridge_major_industry",
                column: "industry_key");

            migrationBuilder.CreateIndex(
                name: "ix_cube_alignment_year_region_level",
                table: "cube_alignment",
                columns: new[] { "year", "region_level" });

            migrationBuilder.CreateIndex(
                name: "ix_cube_alignment_section_year_region_level",
                table: "cube_alignment_section",
                columns: new[] { "year", "region_level" });

            migrationBuilder.CreateIndex(
                name: "ix_cube_graduate_fit_graduation_year_region_level",
                table: "cube_graduate_fit",
                columns: new[] { "graduation_year", "region_level" });

            migrationBuilder.CreateIndex(
                name: "ix_cube_quality_academic_year_region_level",
                table: "cube_quality",
                columns: new[] { "academic_year", "region_level" });

            migrationBuilder.CreateIndex(
                name: "ix_cube_refresh_log_finished_at",
                table: "cube_refresh_log",
                column: "finished_at");

            migrationBuilder.CreateIndex(
                name: "ix_dim_date_date",
                table: "dim_date",
                column: "date",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_dim_destination_destination_code",
                table: "dim_destination",
                column: "destination_code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_dim_industry_section_code",
                table: "dim_industry",
                column: "section_code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_dim_major_catalog_code_catalog_version_major_code",
                table: "dim_major",
                columns: new[] { "catalog_code", "catalog_version", "major_code" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_dim_major_major_code",
                table: "dim_major",
                column: "major_code");

            migrationBuilder.CreateIndex(
                name: "ix_dim_major_catalog_catalog_code_catalog_version",
                table: "dim_major_catalog",
                columns: new[] { "catalog_code", "catalog_version" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_dim_major_category_level_major_category_code",
                table: "dim_major_category",
                columns: new[] { "level", "major_category_code" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_dim_major_class_level_class_code",
                table: "dim_major_class",
                columns: new[] { "level", "class_code" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_dim_region_region_code",
                table: "dim_region",
                column: "region_code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_dim_region_region_level_province_code",
                table: "dim_region",
                columns: new[] { "region_level", "province_code" });

            migrationBuilder.CreateIndex(
                name: "ix_dim_school_region_key",
                table: "dim_school",
                column: "region_key");

            migrationBuilder.CreateIndex(
                name: "ix_dim_school_school_code_is_current",
                table: "dim_school",
                columns: new[] { "school_code", "is_current" });

            migrationBuilder.CreateIndex(
                name: "ix_dim_school_school_code_valid_from",
                table: "dim_school",
                columns: new[] { "school_code", "valid_from" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_etl_reference_load_file_name",
                table: "etl_reference_load",
                column: "file_name");

            migrationBuilder.CreateIndex(
                name: "ix_etl_rejected_row_rule_id",
                table: "etl_rejected_row",
                column: "rule_id");

            migrationBuilder.CreateIndex(
                name: "ix_etl_rejected_row_submission_id_source_row_number",
                table: "etl_rejected_row",
                columns: new[] { "submission_id", "source_row_number" });

            migrationBuilder.CreateIndex(
                name: "ix_etl_submission_content_hash",
                table: "etl_submission",
                column: "content_hash");

            migrationBuilder.CreateIndex(
                name: "ix_etl_submission_kind_submitter_code_year_status",
                table: "etl_submission",
                columns: new[] { "kind", "submitter_code", "year", "status" });

            migrationBuilder.CreateIndex(
                name: "ix_etl_submission_load_run_id",
                table: "etl_submission",
                column: "load_run_id");

            migrationBuilder.CreateIndex(
                name: "ix_etl_submission_status",
                table: "etl_submission",
                column: "status");

            migrationBuilder.CreateIndex(
                name: "ix_etl_submission_status_changed_at",
                table: "etl_submission",
                column: "status_changed_at");

            migrationBuilder.CreateIndex(
                name: "ix_etl_submission_lock_submission_id",
                table: "etl_submission_lock",
                column: "submission_id");

            migrationBuilder.CreateIndex(
                name: "ix_fact_enrollment_academic_year_school_key_student_pseudonym",
                table: "fact_enrollment",
                columns: new[] { "academic_year", "school_key", "student_pseudonym" });

            migrationBuilder.CreateIndex(
                name: "ix_fact_enrollment_submission_id",
                table: "fact_enrollment",
                column: "submission_id");

            migrationBuilder.CreateIndex(
                name: "ix_fact_graduate_outcome_graduation_year_school_key_student_pseudonym",
                table: "fact_graduate_outcome",
                columns: new[] { "graduation_year", "school_key", "student_pseudonym" });

            migrationBuilder.CreateIndex(
                name: "ix_fact_graduate_outcome_submission_id",
                table: "fact_graduate_outcome",
                column: "submission_id");

            migrationBuilder.CreateIndex(
                name: "ix_fact_regional_industry_submission_id",
                table: "fact_regional_industry",
                column: "submission_id");

            migrationBuilder.CreateIndex(
                name: "ix_fact_regional_industry_year_region_key",
                table: "fact_regional_industry",
                columns: new[] { "year", "region_key" });

            migrationBuilder.CreateIndex(
                name: "ix_fact_school_resources_academic_year_school_key",
                table: "fact_school_resources",
                columns: new[] { "academic_year", "school_key" });

            migrationBuilder.CreateIndex(
                name: "ix_fact_school_resources_submission_id",
                table: "fact_school_resources",
                column: "submission_id");

            migrationBuilder.CreateIndex(
                name: "ix_stg_school_profile_school_code_academic_year",
                table: "stg_school_profile",
                columns: new[] { "school_code", "academic_year" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_stg_school_profile_submission_id",
                table: "stg_school_profile",
                column: "submission_id");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "bridge_major_industry");

            migrationBuilder.DropTable(
                name: "cube_alignment");

            migrationBuilder.DropTable(
                name: "cube_alignment_section");

            migrationBuilder.DropTable(
                name: "cube_base_major");

            migrationBuilder.DropTable(
                name: "cube_base_salary");

            migrationBuilder.DropTable(
                name: "cube_base_school");

            migrationBuilder.DropTable(
                name: "cube_graduate_fit");

            migrationBuilder.DropTable(
                name: "cube_quality");

            migrationBuilder.DropTable(
                name: "cube_refresh_partition");

            migrationBuilder.DropTable(
                name: "cube_refresh_scope");

            migrationBuilder.DropTable(
                name: "cube_refresh_submission");

            migrationBuilder.DropTable(
                name: "dim_academic_year");

            migrationBuilder.DropTable(
                name: "dim_date");

            migrationBuilder.DropTable(
                name: "dim_destination");

            migrationBuilder.DropTable(
                name: "dim_major");

            migrationBuilder.DropTable(
                name: "dim_major_catalog");

            migrationBuilder.DropTable(
                name: "dim_major_category");

            migrationBuilder.DropTable(
                name: "dim_major_class");

            migrationBuilder.DropTable(
                name: "dim_school");

            migrationBuilder.DropTable(
                name: "etl_reference_load");

            migrationBuilder.DropTable(
                name: "etl_rejected_row");

            migrationBuilder.DropTable(
                name: "etl_submission_lock");

            migrationBuilder.DropTable(
                name: "fact_enrollment");

            migrationBuilder.DropTable(
                name: "fact_graduate_outcome");

            migrationBuilder.DropTable(
                name: "fact_regional_industry");

            migrationBuilder.DropTable(
                name: "fact_school_resources");

            migrationBuilder.DropTable(
                name: "stg_school_profile");

            migrationBuilder.DropTable(
                name: "dim_industry");

            migrationBuilder.DropTable(
                name: "cube_refresh_log");

            migrationBuilder.DropTable(
                name: "dim_region");

            migrationBuilder.DropTable(
                name: "etl_submission");

            migrationBuilder.DropTable(
                name: "etl_load_run");
        }
    }
}

using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace VocEd.Warehouse.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class ReportCubes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "cube_base_salary");

            migrationBuilder.AddColumn<string>(
                name: "report_group",
                table: "dim_destination",
                type: "TEXT",
                maxLength: 32,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<bool>(
                name: "student_count_mismatch",
                table: "cube_quality",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "cube_base_by_school",
                columns: table => new
                {
                    academic_year = table.Column<int>(type: "INTEGER", nullable: false),
                    school_key = table.Column<int>(type: "INTEGER", nullable: false),
                    fact_kind = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    prefecture_code = table.Column<string>(type: "TEXT", maxLength: 4, nullable: false),
                    province_code = table.Column<string>(type: "TEXT", maxLength: 2, nullable: false),
                    economic_region = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    school_type = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
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
                    salary_count = table.Column<int>(type: "INTEGER", nullable: false),
                    graduates_employed_agreement = table.Column<int>(type: "INTEGER", nullable: false),
                    graduates_employed_contract = table.Column<int>(type: "INTEGER", nullable: false),
                    graduates_employed_other = table.Column<int>(type: "INTEGER", nullable: false),
                    graduates_employed_project = table.Column<int>(type: "INTEGER", nullable: false),
                    graduates_self_employed = table.Column<int>(type: "INTEGER", nullable: false),
                    graduates_freelance = table.Column<int>(type: "INTEGER", nullable: false),
                    graduates_further_study = table.Column<int>(type: "INTEGER", nullable: false),
                    graduates_abroad = table.Column<int>(type: "INTEGER", nullable: false),
                    graduates_awaiting = table.Column<int>(type: "INTEGER", nullable: false),
                    graduates_not_seeking = table.Column<int>(type: "INTEGER", nullable: false),
                    schools = table.Column<int>(type: "INTEGER", nullable: false),
                    students_total = table.Column<long>(type: "INTEGER", nullable: false),
                    fulltime_teachers = table.Column<long>(type: "INTEGER", nullable: false),
                    parttime_teachers = table.Column<long>(type: "INTEGER", nullable: false),
                    dual_qualified_teachers = table.Column<long>(type: "INTEGER", nullable: false),
                    equipment_value_yuan = table.Column<double>(type: "REAL", nullable: false),
                    histogram = table.Column<string>(type: "TEXT", unicode: false, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_cube_base_by_school", x => new { x.academic_year, x.school_key, x.fact_kind });
                });

            migrationBuilder.CreateTable(
                name: "cube_destination",
                columns: table => new
                {
                    region_code = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    academic_year = table.Column<int>(type: "INTEGER", nullable: false),
                    school_type = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    destination_group = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    region_level = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    graduates = table.Column<int>(type: "INTEGER", nullable: false),
                    total_graduates = table.Column<int>(type: "INTEGER", nullable: false),
                    graduate_share = table.Column<double>(type: "REAL", nullable: true),
                    refreshed_at = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_cube_destination", x => new { x.region_code, x.academic_year, x.school_type, x.destination_group });
                });

            migrationBuilder.CreateTable(
                name: "cube_priority_coverage",
                columns: table => new
                {
                    region_code = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    academic_year = table.Column<int>(type: "INTEGER", nullable: false),
                    priority = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    region_level = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    students = table.Column<double>(type: "REAL", nullable: false),
                    share = table.Column<double>(type: "REAL", nullable: true),
                    refreshed_at = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_cube_priority_coverage", x => new { x.region_code, x.academic_year, x.priority });
                });

            migrationBuilder.CreateTable(
                name: "cube_quality_school",
                columns: table => new
                {
                    school_code = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    academic_year = table.Column<int>(type: "INTEGER", nullable: false),
                    school_name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    school_type = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    county_code = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    prefecture_code = table.Column<string>(type: "TEXT", maxLength: 4, nullable: true),
                    province_code = table.Column<string>(type: "TEXT", maxLength: 2, nullable: true),
                    economic_region = table.Column<string>(type: "TEXT", maxLength: 16, nullable: true),
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
                    fulltime_teachers = table.Column<int>(type: "INTEGER", nullable: true),
                    student_count_mismatch = table.Column<bool>(type: "INTEGER", nullable: true),
                    breach_student_teacher_ratio = table.Column<bool>(type: "INTEGER", nullable: true),
                    breach_dual_qualified_share = table.Column<bool>(type: "INTEGER", nullable: true),
                    breach_equipment_per_student = table.Column<bool>(type: "INTEGER", nullable: true),
                    breach_fulltime_teachers = table.Column<bool>(type: "INTEGER", nullable: true),
                    refreshed_at = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_cube_quality_school", x => new { x.school_code, x.academic_year });
                });

            migrationBuilder.CreateTable(
                name: "cube_submission_coverage",
                columns: table => new
                {
                    region_code = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    academic_year = table.Column<int>(type: "INTEGER", nullable: false),
                    submission_kind = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    region_level = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    schools_expected = table.Column<int>(type: "INTEGER", nullable: false),
                    schools_submitted = table.Column<int>(type: "INTEGER", nullable: false),
                    schools_on_time = table.Column<int>(type: "INTEGER", nullable: false),
                    schools_late = table.Column<int>(type: "INTEGER", nullable: false),
                    schools_missing = table.Column<int>(type: "INTEGER", nullable: false),
                    schools_pending = table.Column<int>(type: "INTEGER", nullable: false),
                    schools_quarantined = table.Column<int>(type: "INTEGER", nullable: false),
                    rows_read = table.Column<long>(type: "INTEGER", nullable: false),
                    rows_loaded = table.Column<long>(type: "INTEGER", nullable: false),
                    rows_rejected = table.Column<long>(type: "INTEGER", nullable: false),
                    rejection_rate = table.Column<double>(type: "REAL", nullable: true),
                    refreshed_at = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_cube_submission_coverage", x => new { x.region_code, x.academic_year, x.submission_kind });
                });

            migrationBuilder.CreateTable(
                name: "cube_submission_status",
                columns: table => new
                {
                    school_code = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    academic_year = table.Column<int>(type: "INTEGER", nullable: false),
                    submission_kind = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    school_name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    county_code = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    prefecture_code = table.Column<string>(type: "TEXT", maxLength: 4, nullable: true),
                    province_code = table.Column<string>(type: "TEXT", maxLength: 2, nullable: true),
                    economic_region = table.Column<string>(type: "TEXT", maxLength: 16, nullable: true),
                    status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    first_received_at = table.Column<DateTime>(type: "TEXT", nullable: true),
                    deadline_date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    is_late = table.Column<bool>(type: "INTEGER", nullable: true),
                    versions = table.Column<int>(type: "INTEGER", nullable: false),
                    quarantined_files = table.Column<int>(type: "INTEGER", nullable: false),
                    submission_id = table.Column<long>(type: "INTEGER", nullable: true),
                    rows_read = table.Column<int>(type: "INTEGER", nullable: false),
                    rows_loaded = table.Column<int>(type: "INTEGER", nullable: false),
                    rows_rejected = table.Column<int>(type: "INTEGER", nullable: false),
                    refreshed_at = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_cube_submission_status", x => new { x.school_code, x.academic_year, x.submission_kind });
                });

            migrationBuilder.CreateTable(
                name: "cube_submission_status_region",
                columns: table => new
                {
                    region_code = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    year = table.Column<int>(type: "INTEGER", nullable: false),
                    region_level = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    is_expected = table.Column<bool>(type: "INTEGER", nullable: false),
                    status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    first_received_at = table.Column<DateTime>(type: "TEXT", nullable: true),
                    deadline_date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    is_late = table.Column<bool>(type: "INTEGER", nullable: true),
                    versions = table.Column<int>(type: "INTEGER", nullable: false),
                    quarantined_files = table.Column<int>(type: "INTEGER", nullable: false),
                    submission_id = table.Column<long>(type: "INTEGER", nullable: true),
                    rows_read = table.Column<int>(type: "INTEGER", nullable: false),
                    rows_loaded = table.Column<int>(type: "INTEGER", nullable: false),
                    rows_rejected = table.Column<int>(type: "INTEGER", nullable: false),
                    refreshed_at = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_cube_submission_status_region", x => new { x.region_code, x.year });
                });

            migrationBuilder.CreateTable(
                name: "dim_policy_threshold",
                columns: table => new
                {
                    policy_threshold_key = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    school_type = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    indicator = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    comparison = table.Column<string>(type: "TEXT", maxLength: 2, nullable: false),
                    threshold_value = table.Column<double>(type: "REAL", nullable: false),
                    unit = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    level = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    source = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_dim_policy_threshold", x => x.policy_threshold_key);
                });

            migrationBuilder.CreateTable(
                name: "dim_submission_deadline",
                columns: table => new
                {
                    submission_kind = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    year = table.Column<int>(type: "INTEGER", nullable: false),
                    deadline_date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    deadline_at = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_dim_submission_deadline", x => new { x.submission_kind, x.year });
                });

            migrationBuilder.UpdateData(
                table: "dim_destination",
                keyColumn: "destination_key",
                keyValue: -1,
                column: "report_group",
                value: "unknown");

            migrationBuilder.CreateIndex(
                name: "ix_cube_destination_academic_year_region_level",
                table: "cube_destination",
                columns: new[] { "academic_year", "region_level" });

            migrationBuilder.CreateIndex(
                name: "ix_cube_quality_school_academic_year_prefecture_code",
                table: "cube_quality_school",
                columns: new[] { "academic_year", "prefecture_code" });

            migrationBuilder.CreateIndex(
                name: "ix_cube_submission_coverage_academic_year_region_level",
                table: "cube_submission_coverage",
                columns: new[] { "academic_year", "region_level" });

            migrationBuilder.CreateIndex(
                name: "ix_cube_submission_status_academic_year_prefecture_code",
                table: "cube_submission_status",
                columns: new[] { "academic_year", "prefecture_code" });

            migrationBuilder.CreateIndex(
                name: "ix_dim_policy_threshold_school_type_indicator_level",
                table: "dim_policy_threshold",
                columns: new[] { "school_type", "indicator", "level" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "cube_base_by_school");

            migrationBuilder.DropTable(
                name: "cube_destination");

            migrationBuilder.DropTable(
                name: "cube_priority_coverage");

            migrationBuilder.DropTable(
                name: "cube_quality_school");

            migrationBuilder.DropTable(
                name: "cube_submission_coverage");

            migrationBuilder.DropTable(
                name: "cube_submission_status");

            migrationBuilder.DropTable(
                name: "cube_submission_status_region");

            migrationBuilder.DropTable(
                name: "dim_policy_threshold");

            migrationBuilder.DropTable(
                name: "dim_submission_deadline");

            migrationBuilder.DropColumn(
                name: "report_group",
                table: "dim_destination");

            migrationBuilder.DropColumn(
                name: "student_count_mismatch",
                table: "cube_quality");

            migrationBuilder.CreateTable(
                name: "cube_base_salary",
                columns: table => new
                {
                    academic_year = table.Column<int>(type: "INTEGER", nullable: false),
                    prefecture_code = table.Column<string>(type: "TEXT", maxLength: 4, nullable: false),
                    province_code = table.Column<string>(type: "TEXT", maxLength: 2, nullable: false),
                    economic_region = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    school_type = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    graduates = table.Column<int>(type: "INTEGER", nullable: false),
                    histogram = table.Column<string>(type: "TEXT", unicode: false, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_cube_base_salary", x => new { x.academic_year, x.prefecture_code, x.province_code, x.economic_region, x.school_type });
                });
        }
    }
}

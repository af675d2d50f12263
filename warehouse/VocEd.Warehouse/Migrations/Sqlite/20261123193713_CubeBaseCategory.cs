using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace VocEd.Warehouse.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class CubeBaseCategory : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "cube_base_category",
                columns: table => new
                {
                    academic_year = table.Column<int>(type: "INTEGER", nullable: false),
                    prefecture_code = table.Column<string>(type: "TEXT", maxLength: 4, nullable: false),
                    province_code = table.Column<string>(type: "TEXT", maxLength: 2, nullable: false),
                    economic_region = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    school_type = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    crosswalk = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    major_category_code = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
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
                    industry_matched = table.Column<int>(type: "INTEGER", nullable: false),
                    priority_industry = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_cube_base_category", x => new { x.academic_year, x.prefecture_code, x.province_code, x.economic_region, x.school_type, x.crosswalk, x.major_category_code });
                });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "cube_base_category");
        }
    }
}

using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace VocEd.Warehouse.Migrations.SqlServer
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
                    academic_year = table.Column<int>(type: "int", nullable: false),
                    prefecture_code = table.Column<string>(type: "nvarchar(4)", maxLength: 4, nullable: false),
                    province_code = table.Column<string>(type: "nvarchar(2)", maxLength: 2, nullable: false),
                    economic_region = table.Column<string>(type: "nvarchar(16)", maxLength: 16, nullable: false),
                    school_type = table.Column<string>(type: "nvarchar(16)", maxLength: 16, nullable: false),
                    crosswalk = table.Column<string>(type: "nvarchar(16)", maxLength: 16, nullable: false),
                    major_category_code = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    students = table.Column<int>(type: "int", nullable: false),
                    dropped = table.Column<int>(type: "int", nullable: false),
                    graduates = table.Column<int>(type: "int", nullable: false),
                    placed = table.Column<int>(type: "int", nullable: false),
                    further_study = table.Column<int>(type: "int", nullable: false),
                    self_employed = table.Column<int>(type: "int", nullable: false),
                    employed = table.Column<int>(type: "int", nullable: false),
                    job_related = table.Column<int>(type: "int", nullable: false),
                    local_province = table.Column<int>(type: "int", nullable: false),
                    local_prefecture = table.Column<int>(type: "int", nullable: false),
                    salary_sum = table.Column<double>(type: "float", nullable: false),
                    salary_count = table.Column<int>(type: "int", nullable: false),
                    industry_matched = table.Column<int>(type: "int", nullable: false),
                    priority_industry = table.Column<int>(type: "int", nullable: false)
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

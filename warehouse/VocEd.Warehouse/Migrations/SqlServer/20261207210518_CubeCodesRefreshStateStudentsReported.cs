using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace VocEd.Warehouse.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class CubeCodesRefreshStateStudentsReported : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "cube_code",
                table: "dim_major_category",
                type: "nvarchar(8)",
                maxLength: 8,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "reference_hash",
                table: "cube_refresh_log",
                type: "nvarchar(64)",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "students_reported",
                table: "cube_quality_school",
                type: "int",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "students_reported",
                table: "cube_quality",
                type: "int",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "major_category_name",
                table: "cube_graduate_fit",
                type: "nvarchar(100)",
                maxLength: 100,
                nullable: false,
                defaultValue: "");

            migrationBuilder.CreateTable(
                name: "cube_refresh_school_cell",
                columns: table => new
                {
                    school_code = table.Column<string>(type: "nvarchar(10)", maxLength: 10, nullable: false),
                    prefecture_code = table.Column<string>(type: "nvarchar(4)", maxLength: 4, nullable: false),
                    province_code = table.Column<string>(type: "nvarchar(2)", maxLength: 2, nullable: false),
                    economic_region = table.Column<string>(type: "nvarchar(16)", maxLength: 16, nullable: false),
                    school_type = table.Column<string>(type: "nvarchar(16)", maxLength: 16, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_cube_refresh_school_cell", x => new { x.school_code, x.prefecture_code, x.province_code, x.economic_region, x.school_type });
                });

            migrationBuilder.CreateTable(
                name: "cube_refresh_scope_cell",
                columns: table => new
                {
                    refresh_log_id = table.Column<long>(type: "bigint", nullable: false),
                    academic_year = table.Column<int>(type: "int", nullable: false),
                    prefecture_code = table.Column<string>(type: "nvarchar(4)", maxLength: 4, nullable: false),
                    province_code = table.Column<string>(type: "nvarchar(2)", maxLength: 2, nullable: false),
                    economic_region = table.Column<string>(type: "nvarchar(16)", maxLength: 16, nullable: false),
                    school_type = table.Column<string>(type: "nvarchar(16)", maxLength: 16, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_cube_refresh_scope_cell", x => new { x.refresh_log_id, x.academic_year, x.prefecture_code, x.province_code, x.economic_region, x.school_type });
                    table.ForeignKey(
                        name: "fk_cube_refresh_scope_cell_cube_refresh_log_refresh_log_id",
                        column: x => x.refresh_log_id,
                        principalTable: "cube_refresh_log",
                        principalColumn: "refresh_log_id",
                        onDelete: ReferentialAction.Cascade);
                });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "cube_refresh_school_cell");

            migrationBuilder.DropTable(
                name: "cube_refresh_scope_cell");

            migrationBuilder.DropColumn(
                name: "cube_code",
                table: "dim_major_category");

            migrationBuilder.DropColumn(
                name: "reference_hash",
                table: "cube_refresh_log");

            migrationBuilder.DropColumn(
                name: "students_reported",
                table: "cube_quality_school");

            migrationBuilder.DropColumn(
                name: "students_reported",
                table: "cube_quality");

            migrationBuilder.DropColumn(
                name: "major_category_name",
                table: "cube_graduate_fit");
        }
    }
}

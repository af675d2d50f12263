using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace VocEd.Warehouse.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class CubeBaseSalaryHistogramPerCell : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // cube_base_* is refresh state: the per-salary rows are dropped rather than folded into per-cell ones, and the
            // emptied cube_base_category makes the next refresh rebuild the whole base (CubeRefresher).
            migrationBuilder.Sql("delete from cube_base_salary");
            migrationBuilder.Sql("delete from cube_base_category");

            migrationBuilder.DropPrimaryKey(
                name: "pk_cube_base_salary",
                table: "cube_base_salary");

            migrationBuilder.DropColumn(
                name: "monthly_salary_yuan",
                table: "cube_base_salary");

            migrationBuilder.AddColumn<string>(
                name: "histogram",
                table: "cube_base_salary",
                type: "varchar(max)",
                unicode: false,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddPrimaryKey(
                name: "pk_cube_base_salary",
                table: "cube_base_salary",
                columns: new[] { "academic_year", "prefecture_code", "province_code", "economic_region", "school_type" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            // cube_base_* is refresh state: the per-salary rows are dropped rather than folded into per-cell ones, and the
            // emptied cube_base_category makes the next refresh rebuild the whole base (CubeRefresher).
            migrationBuilder.Sql("delete from cube_base_salary");
            migrationBuilder.Sql("delete from cube_base_category");

            migrationBuilder.DropPrimaryKey(
                name: "pk_cube_base_salary",
                table: "cube_base_salary");

            migrationBuilder.DropColumn(
                name: "histogram",
                table: "cube_base_salary");

            migrationBuilder.AddColumn<double>(
                name: "monthly_salary_yuan",
                table: "cube_base_salary",
                type: "float",
                nullable: false,
                defaultValue: 0.0);

            migrationBuilder.AddPrimaryKey(
                name: "pk_cube_base_salary",
                table: "cube_base_salary",
                columns: new[] { "academic_year", "prefecture_code", "province_code", "economic_region", "school_type", "monthly_salary_yuan" });
        }
    }
}

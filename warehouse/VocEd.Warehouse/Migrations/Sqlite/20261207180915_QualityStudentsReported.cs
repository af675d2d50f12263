using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace VocEd.Warehouse.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class QualityStudentsReported : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "students_differ",
                table: "cube_quality",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<int>(
                name: "students_reported",
                table: "cube_quality",
                type: "INTEGER",
                nullable: true);

            // The rows written before these columns existed have no flag: the next refresh is a full one.
            migrationBuilder.Sql("update cube_refresh_log set reference_hash = null");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "students_differ",
                table: "cube_quality");

            migrationBuilder.DropColumn(
                name: "students_reported",
                table: "cube_quality");
        }
    }
}

using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace VocEd.Warehouse.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class CubeRefreshGroups : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "cube_refresh_cell",
                columns: table => new
                {
                    refresh_log_id = table.Column<long>(type: "bigint", nullable: false),
                    school_key = table.Column<int>(type: "int", nullable: false),
                    cell_school_key = table.Column<int>(type: "int", nullable: false),
                    province_code = table.Column<string>(type: "nvarchar(2)", maxLength: 2, nullable: true),
                    prefecture_code = table.Column<string>(type: "nvarchar(4)", maxLength: 4, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_cube_refresh_cell", x => new { x.refresh_log_id, x.school_key });
                    table.ForeignKey(
                        name: "fk_cube_refresh_cell_cube_refresh_log_refresh_log_id",
                        column: x => x.refresh_log_id,
                        principalTable: "cube_refresh_log",
                        principalColumn: "refresh_log_id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "cube_refresh_major",
                columns: table => new
                {
                    refresh_log_id = table.Column<long>(type: "bigint", nullable: false),
                    major_key = table.Column<int>(type: "int", nullable: false),
                    category_major_key = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_cube_refresh_major", x => new { x.refresh_log_id, x.major_key });
                    table.ForeignKey(
                        name: "fk_cube_refresh_major_cube_refresh_log_refresh_log_id",
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
                name: "cube_refresh_cell");

            migrationBuilder.DropTable(
                name: "cube_refresh_major");
        }
    }
}

using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace VocEd.Warehouse.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class HostileInputAndKeyFingerprint : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "process_id",
                table: "etl_load_run",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "etl_pseudonym_key",
                columns: table => new
                {
                    key_version = table.Column<int>(type: "INTEGER", nullable: false),
                    fingerprint = table.Column<string>(type: "TEXT", unicode: false, maxLength: 64, nullable: false),
                    recorded_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    recorded_by = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_etl_pseudonym_key", x => x.key_version);
                });

            migrationBuilder.CreateTable(
                name: "etl_rule_failure_count",
                columns: table => new
                {
                    submission_id = table.Column<long>(type: "INTEGER", nullable: false),
                    rule_id = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    severity = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    failures = table.Column<long>(type: "INTEGER", nullable: false),
                    details_kept = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_etl_rule_failure_count", x => new { x.submission_id, x.rule_id });
                    table.ForeignKey(
                        name: "fk_etl_rule_failure_count_etl_submission_submission_id",
                        column: x => x.submission_id,
                        principalTable: "etl_submission",
                        principalColumn: "submission_id",
                        onDelete: ReferentialAction.Restrict);
                });

            // Text an earlier ETL stored with a citizen ID in it (a shifted column, a broken quote): masked as it is now.
            foreach (var (table, column) in IdShapedTextCleanup.Columns)
            {
                migrationBuilder.Sql(IdShapedTextCleanup.Sqlite(table, column));
            }
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "etl_pseudonym_key");

            migrationBuilder.DropTable(
                name: "etl_rule_failure_count");

            migrationBuilder.DropColumn(
                name: "process_id",
                table: "etl_load_run");
        }
    }
}

using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace VocEd.Warehouse.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class SubmissionVersionUnique : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "ix_etl_submission_kind_submitter_code_year_version",
                table: "etl_submission",
                columns: new[] { "kind", "submitter_code", "year", "version" },
                unique: true,
                filter: "submitter_code is not null and year is not null");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_etl_submission_kind_submitter_code_year_version",
                table: "etl_submission");
        }
    }
}

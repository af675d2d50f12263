using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace VocEd.Warehouse.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class StudentFactKeyLeadsWithYearAndSchool : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropPrimaryKey(
                name: "pk_fact_graduate_outcome",
                table: "fact_graduate_outcome");

            migrationBuilder.DropIndex(
                name: "ix_fact_graduate_outcome_graduation_year_school_key",
                table: "fact_graduate_outcome");

            migrationBuilder.DropPrimaryKey(
                name: "pk_fact_enrollment",
                table: "fact_enrollment");

            migrationBuilder.DropIndex(
                name: "ix_fact_enrollment_academic_year_school_key",
                table: "fact_enrollment");

            migrationBuilder.AddPrimaryKey(
                name: "pk_fact_graduate_outcome",
                table: "fact_graduate_outcome",
                columns: new[] { "graduation_year", "school_key", "submission_id", "source_row_number" });

            migrationBuilder.AddPrimaryKey(
                name: "pk_fact_enrollment",
                table: "fact_enrollment",
                columns: new[] { "academic_year", "school_key", "submission_id", "source_row_number" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropPrimaryKey(
                name: "pk_fact_graduate_outcome",
                table: "fact_graduate_outcome");

            migrationBuilder.DropPrimaryKey(
                name: "pk_fact_enrollment",
                table: "fact_enrollment");

            migrationBuilder.AddPrimaryKey(
                name: "pk_fact_graduate_outcome",
                table: "fact_graduate_outcome",
                columns: new[] { "submission_id", "source_row_number" });

            migrationBuilder.AddPrimaryKey(
                name: "pk_fact_enrollment",
                table: "fact_enrollment",
                columns: new[] { "submission_id", "source_row_number" });

            migrationBuilder.CreateIndex(
                name: "ix_fact_graduate_outcome_graduation_year_school_key",
                table: "fact_graduate_outcome",
                columns: new[] { "graduation_year", "school_key" });

            migrationBuilder.CreateIndex(
                name: "ix_fact_enrollment_academic_year_school_key",
                table: "fact_enrollment",
                columns: new[] { "academic_year", "school_key" });
        }
    }
}

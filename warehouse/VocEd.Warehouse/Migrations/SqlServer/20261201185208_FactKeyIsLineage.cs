using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace VocEd.Warehouse.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class FactKeyIsLineage : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropPrimaryKey(
                name: "pk_fact_school_resources",
                table: "fact_school_resources");

            migrationBuilder.DropIndex(
                name: "ix_fact_school_resources_submission_id",
                table: "fact_school_resources");

            migrationBuilder.DropPrimaryKey(
                name: "pk_fact_regional_industry",
                table: "fact_regional_industry");

            migrationBuilder.DropIndex(
                name: "ix_fact_regional_industry_submission_id",
                table: "fact_regional_industry");

            migrationBuilder.DropPrimaryKey(
                name: "pk_fact_graduate_outcome",
                table: "fact_graduate_outcome");

            migrationBuilder.DropIndex(
                name: "ix_fact_graduate_outcome_graduation_year_school_key_student_pseudonym",
                table: "fact_graduate_outcome");

            migrationBuilder.DropIndex(
                name: "ix_fact_graduate_outcome_submission_id",
                table: "fact_graduate_outcome");

            migrationBuilder.DropPrimaryKey(
                name: "pk_fact_enrollment",
                table: "fact_enrollment");

            migrationBuilder.DropIndex(
                name: "ix_fact_enrollment_academic_year_school_key_student_pseudonym",
                table: "fact_enrollment");

            migrationBuilder.DropIndex(
                name: "ix_fact_enrollment_submission_id",
                table: "fact_enrollment");

            migrationBuilder.DropColumn(
                name: "school_resources_id",
                table: "fact_school_resources");

            migrationBuilder.DropColumn(
                name: "regional_industry_id",
                table: "fact_regional_industry");

            migrationBuilder.DropColumn(
                name: "graduate_outcome_id",
                table: "fact_graduate_outcome");

            migrationBuilder.DropColumn(
                name: "enrollment_id",
                table: "fact_enrollment");

            migrationBuilder.AddPrimaryKey(
                name: "pk_fact_school_resources",
                table: "fact_school_resources",
                columns: new[] { "submission_id", "source_row_number" })
                .Annotation("SqlServer:Clustered", false);

            migrationBuilder.AddPrimaryKey(
                name: "pk_fact_regional_industry",
                table: "fact_regional_industry",
                columns: new[] { "submission_id", "source_row_number" })
                .Annotation("SqlServer:Clustered", false);

            migrationBuilder.AddPrimaryKey(
                name: "pk_fact_graduate_outcome",
                table: "fact_graduate_outcome",
                columns: new[] { "submission_id", "source_row_number" })
                .Annotation("SqlServer:Clustered", false);

            migrationBuilder.AddPrimaryKey(
                name: "pk_fact_enrollment",
                table: "fact_enrollment",
                columns: new[] { "submission_id", "source_row_number" })
                .Annotation("SqlServer:Clustered", false);

            migrationBuilder.CreateIndex(
                name: "ix_fact_graduate_outcome_graduation_year_school_key",
                table: "fact_graduate_outcome",
                columns: new[] { "graduation_year", "school_key" });

            migrationBuilder.CreateIndex(
                name: "ix_fact_enrollment_academic_year_school_key",
                table: "fact_enrollment",
                columns: new[] { "academic_year", "school_key" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropPrimaryKey(
                name: "pk_fact_school_resources",
                table: "fact_school_resources");

            migrationBuilder.DropPrimaryKey(
                name: "pk_fact_regional_industry",
                table: "fact_regional_industry");

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

            migrationBuilder.AddColumn<long>(
                name: "school_resources_id",
                table: "fact_school_resources",
                type: "bigint",
                nullable: false,
                defaultValue: 0L)
                .Annotation("SqlServer:Identity", "1, 1");

            migrationBuilder.AddColumn<long>(
                name: "regional_industry_id",
                table: "fact_regional_industry",
                type: "bigint",
                nullable: false,
                defaultValue: 0L)
                .Annotation("SqlServer:Identity", "1, 1");

            migrationBuilder.AddColumn<long>(
                name: "graduate_outcome_id",
                table: "fact_graduate_outcome",
                type: "bigint",
                nullable: false,
                defaultValue: 0L)
                .Annotation("SqlServer:Identity", "1, 1");

            migrationBuilder.AddColumn<long>(
                name: "enrollment_id",
                table: "fact_enrollment",
                type: "bigint",
                nullable: false,
                defaultValue: 0L)
                .Annotation("SqlServer:Identity", "1, 1");

            migrationBuilder.AddPrimaryKey(
                name: "pk_fact_school_resources",
                table: "fact_school_resources",
                column: "school_resources_id")
                .Annotation("SqlServer:Clustered", false);

            migrationBuilder.AddPrimaryKey(
                name: "pk_fact_regional_industry",
                table: "fact_regional_industry",
                column: "regional_industry_id")
                .Annotation("SqlServer:Clustered", false);

            migrationBuilder.AddPrimaryKey(
                name: "pk_fact_graduate_outcome",
                table: "fact_graduate_outcome",
                column: "graduate_outcome_id")
                .Annotation("SqlServer:Clustered", false);

            migrationBuilder.AddPrimaryKey(
                name: "pk_fact_enrollment",
                table: "fact_enrollment",
                column: "enrollment_id")
                .Annotation("SqlServer:Clustered", false);

            migrationBuilder.CreateIndex(
                name: "ix_fact_school_resources_submission_id",
                table: "fact_school_resources",
                column: "submission_id");

            migrationBuilder.CreateIndex(
                name: "ix_fact_regional_industry_submission_id",
                table: "fact_regional_industry",
                column: "submission_id");

            migrationBuilder.CreateIndex(
                name: "ix_fact_graduate_outcome_graduation_year_school_key_student_pseudonym",
                table: "fact_graduate_outcome",
                columns: new[] { "graduation_year", "school_key", "student_pseudonym" });

            migrationBuilder.CreateIndex(
                name: "ix_fact_graduate_outcome_submission_id",
                table: "fact_graduate_outcome",
                column: "submission_id");

            migrationBuilder.CreateIndex(
                name: "ix_fact_enrollment_academic_year_school_key_student_pseudonym",
                table: "fact_enrollment",
                columns: new[] { "academic_year", "school_key", "student_pseudonym" });

            migrationBuilder.CreateIndex(
                name: "ix_fact_enrollment_submission_id",
                table: "fact_enrollment",
                column: "submission_id");
        }
    }
}

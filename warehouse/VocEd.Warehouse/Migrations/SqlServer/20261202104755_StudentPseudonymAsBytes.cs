using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace VocEd.Warehouse.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class StudentPseudonymAsBytes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // varchar cannot be altered to binary in place: a new column takes the bytes the hex spells (style 2: no 0x),
            // then takes the old one's name. Each statement on its own, so the new column exists when the next is compiled.
            migrationBuilder.Sql("alter table fact_graduate_outcome add student_pseudonym_bytes binary(32) null;");
            migrationBuilder.Sql("update fact_graduate_outcome set student_pseudonym_bytes = convert(binary(32), student_pseudonym, 2);");
            migrationBuilder.Sql("alter table fact_graduate_outcome drop column student_pseudonym;");
            migrationBuilder.Sql("exec sp_rename 'fact_graduate_outcome.student_pseudonym_bytes', 'student_pseudonym', 'COLUMN';");
            migrationBuilder.Sql("alter table fact_graduate_outcome alter column student_pseudonym binary(32) not null;");
            migrationBuilder.Sql("alter table fact_enrollment add student_pseudonym_bytes binary(32) null;");
            migrationBuilder.Sql("update fact_enrollment set student_pseudonym_bytes = convert(binary(32), student_pseudonym, 2);");
            migrationBuilder.Sql("alter table fact_enrollment drop column student_pseudonym;");
            migrationBuilder.Sql("exec sp_rename 'fact_enrollment.student_pseudonym_bytes', 'student_pseudonym', 'COLUMN';");
            migrationBuilder.Sql("alter table fact_enrollment alter column student_pseudonym binary(32) not null;");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("alter table fact_graduate_outcome add student_pseudonym_text varchar(64) null;");
            migrationBuilder.Sql("update fact_graduate_outcome set student_pseudonym_text = lower(convert(varchar(64), student_pseudonym, 2));");
            migrationBuilder.Sql("alter table fact_graduate_outcome drop column student_pseudonym;");
            migrationBuilder.Sql("exec sp_rename 'fact_graduate_outcome.student_pseudonym_text', 'student_pseudonym', 'COLUMN';");
            migrationBuilder.Sql("alter table fact_graduate_outcome alter column student_pseudonym varchar(64) not null;");
            migrationBuilder.Sql("alter table fact_enrollment add student_pseudonym_text varchar(64) null;");
            migrationBuilder.Sql("update fact_enrollment set student_pseudonym_text = lower(convert(varchar(64), student_pseudonym, 2));");
            migrationBuilder.Sql("alter table fact_enrollment drop column student_pseudonym;");
            migrationBuilder.Sql("exec sp_rename 'fact_enrollment.student_pseudonym_text', 'student_pseudonym', 'COLUMN';");
            migrationBuilder.Sql("alter table fact_enrollment alter column student_pseudonym varchar(64) not null;");
        }
    }
}

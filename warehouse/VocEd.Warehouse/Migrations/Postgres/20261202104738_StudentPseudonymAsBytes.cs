using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace VocEd.Warehouse.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class StudentPseudonymAsBytes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // The hex text becomes the 32 bytes it spells (EF's own ALTER would cast the characters).
            migrationBuilder.Sql("alter table fact_graduate_outcome alter column student_pseudonym type bytea using decode(student_pseudonym, 'hex');");
            migrationBuilder.Sql("alter table fact_enrollment alter column student_pseudonym type bytea using decode(student_pseudonym, 'hex');");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("alter table fact_graduate_outcome alter column student_pseudonym type character varying(64) using encode(student_pseudonym, 'hex');");
            migrationBuilder.Sql("alter table fact_enrollment alter column student_pseudonym type character varying(64) using encode(student_pseudonym, 'hex');");
        }
    }
}

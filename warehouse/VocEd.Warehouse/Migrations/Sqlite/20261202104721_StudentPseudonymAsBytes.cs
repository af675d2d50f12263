using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace VocEd.Warehouse.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class StudentPseudonymAsBytes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AlterColumn<byte[]>(
                name: "student_pseudonym",
                table: "fact_graduate_outcome",
                type: "BLOB",
                fixedLength: true,
                maxLength: 32,
                nullable: false,
                oldClrType: typeof(string),
                oldType: "TEXT",
                oldUnicode: false,
                oldMaxLength: 64);

            migrationBuilder.AlterColumn<byte[]>(
                name: "student_pseudonym",
                table: "fact_enrollment",
                type: "BLOB",
                fixedLength: true,
                maxLength: 32,
                nullable: false,
                oldClrType: typeof(string),
                oldType: "TEXT",
                oldUnicode: false,
                oldMaxLength: 64);

            // The rebuilt tables got the hex text as it was; it becomes the 32 bytes it spells (unhex: SQLite 3.41+).
            migrationBuilder.Sql("update fact_graduate_outcome set student_pseudonym = unhex(student_pseudonym) where typeof(student_pseudonym) = 'text';");
            migrationBuilder.Sql("update fact_enrollment set student_pseudonym = unhex(student_pseudonym) where typeof(student_pseudonym) = 'text';");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AlterColumn<string>(
                name: "student_pseudonym",
                table: "fact_graduate_outcome",
                type: "TEXT",
                unicode: false,
                maxLength: 64,
                nullable: false,
                oldClrType: typeof(byte[]),
                oldType: "BLOB",
                oldFixedLength: true,
                oldMaxLength: 32);

            migrationBuilder.AlterColumn<string>(
                name: "student_pseudonym",
                table: "fact_enrollment",
                type: "TEXT",
                unicode: false,
                maxLength: 64,
                nullable: false,
                oldClrType: typeof(byte[]),
                oldType: "BLOB",
                oldFixedLength: true,
                oldMaxLength: 32);

            // Back to the lower-case hex text the earlier model stored.
            migrationBuilder.Sql("update fact_graduate_outcome set student_pseudonym = lower(hex(student_pseudonym)) where typeof(student_pseudonym) = 'blob';");
            migrationBuilder.Sql("update fact_enrollment set student_pseudonym = lower(hex(student_pseudonym)) where typeof(student_pseudonym) = 'blob';");
        }
    }
}

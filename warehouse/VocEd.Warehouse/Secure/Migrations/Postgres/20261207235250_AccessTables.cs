using System;
using Microsoft.EntityFrameworkCore.Migrations;
using VocEd.Warehouse.Data;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace VocEd.Warehouse.Secure.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class AccessTables : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Tables the web host made with its own DDL before this migration are moved aside, then copied back.
            LegacyAccessTables.MoveAside(migrationBuilder, WarehouseProvider.Postgres);

            migrationBuilder.CreateTable(
                name: "acc_account",
                schema: "secure",
                columns: table => new
                {
                    account_id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    user_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    role = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    region_code = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: true),
                    school_code = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    password_hash = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: false),
                    password_changed_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    is_disabled = table.Column<bool>(type: "boolean", nullable: false),
                    failed_attempts = table.Column<int>(type: "integer", nullable: false),
                    locked_until = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    created_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_acc_account", x => x.account_id);
                });

            migrationBuilder.CreateTable(
                name: "acc_audit",
                schema: "secure",
                columns: table => new
                {
                    audit_id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    occurred_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    account = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    action = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    target = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: true),
                    outcome = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_acc_audit", x => x.audit_id);
                });

            migrationBuilder.CreateTable(
                name: "acc_upload",
                schema: "secure",
                columns: table => new
                {
                    submission_id = table.Column<long>(type: "bigint", nullable: false),
                    account = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    content_sha256 = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    size_bytes = table.Column<long>(type: "bigint", nullable: false),
                    uploaded_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_acc_upload", x => x.submission_id);
                });

            migrationBuilder.CreateTable(
                name: "acc_api_key",
                schema: "secure",
                columns: table => new
                {
                    key_id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    account_id = table.Column<long>(type: "bigint", nullable: false),
                    key_prefix = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    secret_sha256 = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    created_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    revoked_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_acc_api_key", x => x.key_id);
                    table.ForeignKey(
                        name: "fk_acc_api_key_acc_account_account_id",
                        column: x => x.account_id,
                        principalSchema: "secure",
                        principalTable: "acc_account",
                        principalColumn: "account_id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "ix_acc_account_user_name",
                schema: "secure",
                table: "acc_account",
                column: "user_name",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_acc_api_key_account_id",
                schema: "secure",
                table: "acc_api_key",
                column: "account_id");

            migrationBuilder.CreateIndex(
                name: "ix_acc_api_key_key_prefix",
                schema: "secure",
                table: "acc_api_key",
                column: "key_prefix",
                unique: true);

            LegacyAccessTables.CopyBackAndDrop(migrationBuilder, WarehouseProvider.Postgres);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "acc_api_key",
                schema: "secure");

            migrationBuilder.DropTable(
                name: "acc_audit",
                schema: "secure");

            migrationBuilder.DropTable(
                name: "acc_upload",
                schema: "secure");

            migrationBuilder.DropTable(
                name: "acc_account",
                schema: "secure");
        }
    }
}

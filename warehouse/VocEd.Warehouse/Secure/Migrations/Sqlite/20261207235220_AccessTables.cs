using System;
using Microsoft.EntityFrameworkCore.Migrations;
using VocEd.Warehouse.Data;

#nullable disable

namespace VocEd.Warehouse.Secure.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class AccessTables : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Tables the web host made with its own DDL before this migration are moved aside, then copied back.
            LegacyAccessTables.MoveAside(migrationBuilder, WarehouseProvider.Sqlite);

            migrationBuilder.CreateTable(
                name: "acc_account",
                columns: table => new
                {
                    account_id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    user_name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    role = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    region_code = table.Column<string>(type: "TEXT", maxLength: 10, nullable: true),
                    school_code = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    password_hash = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false),
                    password_changed_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    is_disabled = table.Column<bool>(type: "INTEGER", nullable: false),
                    failed_attempts = table.Column<int>(type: "INTEGER", nullable: false),
                    locked_until = table.Column<DateTime>(type: "TEXT", nullable: true),
                    created_at = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_acc_account", x => x.account_id);
                });

            migrationBuilder.CreateTable(
                name: "acc_audit",
                columns: table => new
                {
                    audit_id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    occurred_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    account = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    action = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    target = table.Column<string>(type: "TEXT", maxLength: 400, nullable: true),
                    outcome = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_acc_audit", x => x.audit_id);
                });

            migrationBuilder.CreateTable(
                name: "acc_upload",
                columns: table => new
                {
                    submission_id = table.Column<long>(type: "INTEGER", nullable: false),
                    account = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    content_sha256 = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    size_bytes = table.Column<long>(type: "INTEGER", nullable: false),
                    uploaded_at = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_acc_upload", x => x.submission_id);
                });

            migrationBuilder.CreateTable(
                name: "acc_api_key",
                columns: table => new
                {
                    key_id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    account_id = table.Column<long>(type: "INTEGER", nullable: false),
                    key_prefix = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    secret_sha256 = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    created_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    revoked_at = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_acc_api_key", x => x.key_id);
                    table.ForeignKey(
                        name: "fk_acc_api_key_acc_account_account_id",
                        column: x => x.account_id,
                        principalTable: "acc_account",
                        principalColumn: "account_id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "ix_acc_account_user_name",
                table: "acc_account",
                column: "user_name",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_acc_api_key_account_id",
                table: "acc_api_key",
                column: "account_id");

            migrationBuilder.CreateIndex(
                name: "ix_acc_api_key_key_prefix",
                table: "acc_api_key",
                column: "key_prefix",
                unique: true);

            LegacyAccessTables.CopyBackAndDrop(migrationBuilder, WarehouseProvider.Sqlite);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "acc_api_key");

            migrationBuilder.DropTable(
                name: "acc_audit");

            migrationBuilder.DropTable(
                name: "acc_upload");

            migrationBuilder.DropTable(
                name: "acc_account");
        }
    }
}

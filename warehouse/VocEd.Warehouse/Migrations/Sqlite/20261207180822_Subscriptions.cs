using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace VocEd.Warehouse.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Subscriptions : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "rpt_subscription",
                columns: table => new
                {
                    subscription_id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    report_ids = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    scope = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    cron = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    time_zone = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    send_email = table.Column<bool>(type: "INTEGER", nullable: false),
                    drop_folder = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    format = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    created_at = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_rpt_subscription", x => x.subscription_id);
                });

            migrationBuilder.CreateTable(
                name: "rpt_delivery",
                columns: table => new
                {
                    delivery_id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    subscription_id = table.Column<long>(type: "INTEGER", nullable: false),
                    scope = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    period_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    channel = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    recipient_id = table.Column<long>(type: "INTEGER", nullable: false),
                    delivery_key = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    attempt = table.Column<int>(type: "INTEGER", nullable: false),
                    status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    claimed_by = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    started_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    lease_expires_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    finished_at = table.Column<DateTime>(type: "TEXT", nullable: true),
                    report_year = table.Column<int>(type: "INTEGER", nullable: true),
                    files = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    message_id = table.Column<string>(type: "TEXT", maxLength: 250, nullable: true),
                    headlines = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    error = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_rpt_delivery", x => x.delivery_id);
                    table.ForeignKey(
                        name: "fk_rpt_delivery_rpt_subscription_subscription_id",
                        column: x => x.subscription_id,
                        principalTable: "rpt_subscription",
                        principalColumn: "subscription_id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_rpt_delivery_delivery_key",
                table: "rpt_delivery",
                column: "delivery_key",
                unique: true,
                filter: "status in ('sending', 'delivered', 'failed', 'no_data')");

            migrationBuilder.CreateIndex(
                name: "ix_rpt_delivery_subscription_id_period_at_scope",
                table: "rpt_delivery",
                columns: new[] { "subscription_id", "period_at", "scope" });

            migrationBuilder.CreateIndex(
                name: "ix_rpt_subscription_name",
                table: "rpt_subscription",
                column: "name",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "rpt_delivery");

            migrationBuilder.DropTable(
                name: "rpt_subscription");
        }
    }
}

using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Footfall.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class Accounts : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "EmailIndex",
                table: "AspNetUsers");

            migrationBuilder.AlterColumn<string>(
                name: "SubjectUserId",
                table: "AuditEntries",
                type: "text",
                nullable: true,
                oldClrType: typeof(string),
                oldType: "text");

            migrationBuilder.AlterColumn<string>(
                name: "ActorId",
                table: "AuditEntries",
                type: "character varying(128)",
                maxLength: 128,
                nullable: true,
                oldClrType: typeof(string),
                oldType: "text",
                oldNullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Detail",
                table: "AuditEntries",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "IpAddress",
                table: "AuditEntries",
                type: "character varying(45)",
                maxLength: 45,
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "LastTotpTimeStep",
                table: "AspNetUsers",
                type: "bigint",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "UserSessions",
                columns: table => new
                {
                    Id = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    UserId = table.Column<string>(type: "text", nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    LastSeenAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Device = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    IpAddress = table.Column<string>(type: "character varying(45)", maxLength: 45, nullable: true),
                    Method = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_UserSessions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_UserSessions_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            // Before the guard: where racing posts left several active plans, the newest stays active.
            migrationBuilder.Sql("""
UPDATE "RecoveryEnrollments" e SET "Active" = FALSE
WHERE e."Active" AND e."Id" <> (
    SELECT r."Id" FROM "RecoveryEnrollments" r
    WHERE r."OwnerId" = e."OwnerId" AND r."Active"
    ORDER BY r."StartedOn" DESC, r."Id" DESC LIMIT 1);
""");

            migrationBuilder.CreateIndex(
                name: "IX_RecoveryEnrollments_OneActivePerOwner",
                table: "RecoveryEnrollments",
                column: "OwnerId",
                unique: true,
                filter: "\"Active\" = TRUE");

            migrationBuilder.CreateIndex(
                name: "EmailIndex",
                table: "AspNetUsers",
                column: "NormalizedEmail",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_UserSessions_UserId",
                table: "UserSessions",
                column: "UserId");

            // The audit trail is append-only.
            migrationBuilder.Sql("""
CREATE FUNCTION footfall_audit_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'the audit trail is append-only';
END;
$$;
""");
            migrationBuilder.Sql("""
CREATE TRIGGER "AuditEntries_AppendOnly" BEFORE UPDATE OR DELETE ON "AuditEntries"
    FOR EACH ROW EXECUTE FUNCTION footfall_audit_append_only();
""");
            migrationBuilder.Sql("""
CREATE TRIGGER "AuditEntries_NoTruncate" BEFORE TRUNCATE ON "AuditEntries"
    FOR EACH STATEMENT EXECUTE FUNCTION footfall_audit_append_only();
""");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""DROP TRIGGER IF EXISTS "AuditEntries_NoTruncate" ON "AuditEntries";""");
            migrationBuilder.Sql("""DROP TRIGGER IF EXISTS "AuditEntries_AppendOnly" ON "AuditEntries";""");
            migrationBuilder.Sql("""DROP FUNCTION IF EXISTS footfall_audit_append_only();""");

            migrationBuilder.DropTable(
                name: "UserSessions");

            migrationBuilder.DropIndex(
                name: "IX_RecoveryEnrollments_OneActivePerOwner",
                table: "RecoveryEnrollments");

            migrationBuilder.DropIndex(
                name: "EmailIndex",
                table: "AspNetUsers");

            migrationBuilder.DropColumn(
                name: "Detail",
                table: "AuditEntries");

            migrationBuilder.DropColumn(
                name: "IpAddress",
                table: "AuditEntries");

            migrationBuilder.DropColumn(
                name: "LastTotpTimeStep",
                table: "AspNetUsers");

            migrationBuilder.AlterColumn<string>(
                name: "SubjectUserId",
                table: "AuditEntries",
                type: "text",
                nullable: false,
                defaultValue: "",
                oldClrType: typeof(string),
                oldType: "text",
                oldNullable: true);

            migrationBuilder.AlterColumn<string>(
                name: "ActorId",
                table: "AuditEntries",
                type: "text",
                nullable: true,
                oldClrType: typeof(string),
                oldType: "character varying(128)",
                oldMaxLength: 128,
                oldNullable: true);

            migrationBuilder.CreateIndex(
                name: "EmailIndex",
                table: "AspNetUsers",
                column: "NormalizedEmail");
        }
    }
}

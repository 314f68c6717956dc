using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Footfall.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class AuditAppendOnly : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // The one-active-plan guard and the append-only audit trail, in a migration of their own:
            // SQL run alongside the Accounts migration's rebuild of AuditEntries would run before that
            // rebuild, whose table copy drops a table's triggers.
            // Before the guard: where racing posts left several active plans, the newest stays active.
            migrationBuilder.Sql("""
UPDATE "RecoveryEnrollments" SET "Active" = 0
WHERE "Active" = 1 AND "Id" <> (
    SELECT r."Id" FROM "RecoveryEnrollments" r
    WHERE r."OwnerId" = "RecoveryEnrollments"."OwnerId" AND r."Active" = 1
    ORDER BY r."StartedOn" DESC, r."Id" DESC LIMIT 1);
""");

            migrationBuilder.CreateIndex(
                name: "IX_RecoveryEnrollments_OneActivePerOwner",
                table: "RecoveryEnrollments",
                column: "OwnerId",
                unique: true,
                filter: "\"Active\" = TRUE");

            migrationBuilder.Sql("""
CREATE TRIGGER "AuditEntries_NoUpdate" BEFORE UPDATE ON "AuditEntries"
BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END;
""");
            migrationBuilder.Sql("""
CREATE TRIGGER "AuditEntries_NoDelete" BEFORE DELETE ON "AuditEntries"
BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END;
""");

        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_RecoveryEnrollments_OneActivePerOwner",
                table: "RecoveryEnrollments");

            migrationBuilder.Sql("""DROP TRIGGER IF EXISTS "AuditEntries_NoUpdate";""");
            migrationBuilder.Sql("""DROP TRIGGER IF EXISTS "AuditEntries_NoDelete";""");

        }
    }
}

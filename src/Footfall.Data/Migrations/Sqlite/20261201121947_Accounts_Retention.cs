using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Footfall.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Accounts_Retention : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Retention (OWASP ASVS 4.0 8.3.8): the audit trail stays append-only for six years (2,192 days,
            // RetentionPeriods.MinimumAuditRetention); only older entries may be deleted, by the clean-up routine.
            migrationBuilder.Sql("""DROP TRIGGER IF EXISTS "AuditEntries_NoDelete";""");
            migrationBuilder.Sql("""
CREATE TRIGGER "AuditEntries_NoDelete" BEFORE DELETE ON "AuditEntries"
WHEN OLD."AtUtc" >= datetime('now', '-2192 days')
BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END;
""");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""DROP TRIGGER IF EXISTS "AuditEntries_NoDelete";""");
            migrationBuilder.Sql("""
CREATE TRIGGER "AuditEntries_NoDelete" BEFORE DELETE ON "AuditEntries"
BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END;
""");
        }
    }
}

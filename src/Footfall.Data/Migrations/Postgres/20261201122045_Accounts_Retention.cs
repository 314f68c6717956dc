using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Footfall.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class Accounts_Retention : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Retention (OWASP ASVS 4.0 8.3.8): the audit trail stays append-only for six years (2,192 days,
            // RetentionPeriods.MinimumAuditRetention); only older entries may be deleted, by the clean-up routine.
            // Updates and TRUNCATE stay refused.
            migrationBuilder.Sql("""
CREATE OR REPLACE FUNCTION footfall_audit_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'DELETE' AND OLD."AtUtc" < now() - interval '2192 days' THEN
        RETURN OLD;
    END IF;
    RAISE EXCEPTION 'the audit trail is append-only';
END;
$$;
""");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
CREATE OR REPLACE FUNCTION footfall_audit_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'the audit trail is append-only';
END;
$$;
""");
        }
    }
}

using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Footfall.Data.Migrations.Postgres;

// Clinics, practitioners, invitations, hours, blocked time, appointment types, bookings, waitlist,
// consents, examinations and plan changes (20261201000000_Care.up.sql and .down.sql beside this file),
// then the no-double-booking exclusion constraint, which EF cannot model (see BookingOverlap).
[DbContext(typeof(PostgresFootfallDbContext))]
[Migration("20261201000000_Care")]
public sealed class Care : SqlScriptMigration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        base.Up(migrationBuilder);
        migrationBuilder.Sql(BookingOverlap.PostgresCreateExtension);
        migrationBuilder.Sql(BookingOverlap.PostgresCreate);
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.Sql(BookingOverlap.PostgresDrop);
        base.Down(migrationBuilder);
    }
}

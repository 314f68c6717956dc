using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Footfall.Data.Migrations.Sqlite;

// Clinics, practitioners, invitations, hours, blocked time, appointment types, bookings, waitlist,
// consents, examinations and plan changes. The SQL is in 20261201000000_Care.up.sql and .down.sql beside this file.
[DbContext(typeof(SqliteFootfallDbContext))]
[Migration("20261201000000_Care")]
public sealed class Care : SqlScriptMigration;

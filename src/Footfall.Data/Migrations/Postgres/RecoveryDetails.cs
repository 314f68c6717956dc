using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Footfall.Data.Migrations.Postgres;

// Recovery details: the walk-run day and criteria evidence of an enrollment, and the plan position around each check-in.
// The SQL is in 20261121020000_RecoveryDetails.up.sql and .down.sql beside this file.
[DbContext(typeof(PostgresFootfallDbContext))]
[Migration("20261121020000_RecoveryDetails")]
public sealed class RecoveryDetails : SqlScriptMigration;

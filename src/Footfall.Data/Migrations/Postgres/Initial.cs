using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Footfall.Data.Migrations.Postgres;

// The SQL is in 20261121000000_Initial.up.sql and .down.sql beside this file.

[DbContext(typeof(PostgresFootfallDbContext))]
[Migration("20261121000000_Initial")]
public sealed class Initial : SqlScriptMigration;

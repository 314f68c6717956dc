using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Footfall.Data.Migrations.Postgres;

// The runner's time zone on the account. The SQL is in 20261121030000_TimeZone.up.sql and .down.sql beside this file.
[DbContext(typeof(PostgresFootfallDbContext))]
[Migration("20261121030000_TimeZone")]
public sealed class TimeZone : SqlScriptMigration;

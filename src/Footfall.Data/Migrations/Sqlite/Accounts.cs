using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Footfall.Data.Migrations.Sqlite;

// Server-side sessions, a fuller append-only audit trail, TOTP replay guard, one account per email and
// one active plan per runner. The SQL is in 20261201000000_Accounts.up.sql and .down.sql beside this file.
[DbContext(typeof(SqliteFootfallDbContext))]
[Migration("20261201000000_Accounts")]
public sealed class Accounts : SqlScriptMigration;

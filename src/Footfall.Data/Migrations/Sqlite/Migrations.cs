using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Footfall.Data.Migrations.Sqlite;

// One class per migration, in order; the SQL is in {id}.up.sql and {id}.down.sql beside this file.

[DbContext(typeof(SqliteFootfallDbContext))]
[Migration("20261121000000_Initial")]
public sealed class Initial : SqlScriptMigration;

using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Footfall.Data.Migrations.Sqlite;

// Running history version 2: timed sample count, average power, and the note of a damaged file kept in part.
// The SQL is in 20261201090000_HistoryV2.up.sql and .down.sql beside this file.
[DbContext(typeof(SqliteFootfallDbContext))]
[Migration("20261201090000_HistoryV2")]
public sealed class HistoryV2 : SqlScriptMigration;

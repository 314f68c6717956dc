using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Footfall.Data.Migrations.Sqlite;

// Assessments, activities, check-ins, recovery plans, questionnaires and appointments.
// The SQL is in 20261121010000_Features.up.sql and .down.sql beside this file.
[DbContext(typeof(SqliteFootfallDbContext))]
[Migration("20261121010000_Features")]
public sealed class Features : SqlScriptMigration;

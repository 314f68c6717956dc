namespace Footfall.Data;

/// <summary>
/// The database's own guarantee that a practitioner is never double-booked. On PostgreSQL it is an
/// exclusion constraint (btree_gist: equal practitioner, overlapping [start, busy-until) range, among
/// Booked rows only), written here as self-contained SQL so any migration (hand-written or generated)
/// can run it with <c>migrationBuilder.Sql</c>. SQLite has no such constraint; there the booking runs in
/// an immediate transaction that checks for an overlap before it inserts.
/// </summary>
public static class BookingOverlap
{
    public const string ConstraintName = "EX_Bookings_NoOverlap";

    /// <summary>The SQLSTATE PostgreSQL reports when the constraint refuses a row (exclusion_violation).</summary>
    public const string PostgresViolationState = "23P01";

    public const string PostgresCreateExtension = "CREATE EXTENSION IF NOT EXISTS btree_gist;";

    public const string PostgresCreate =
        "ALTER TABLE \"Bookings\" ADD CONSTRAINT \"" + ConstraintName + "\" EXCLUDE USING gist " +
        "(\"PractitionerId\" WITH =, tstzrange(\"StartUtc\", \"BusyUntilUtc\", '[)') WITH &&) WHERE (\"Status\" = 0);";

    public const string PostgresDrop = "ALTER TABLE \"Bookings\" DROP CONSTRAINT IF EXISTS \"" + ConstraintName + "\";";
}

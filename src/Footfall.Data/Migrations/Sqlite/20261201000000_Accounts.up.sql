CREATE TABLE "UserSessions" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_UserSessions" PRIMARY KEY,
    "UserId" TEXT NOT NULL,
    "CreatedAtUtc" TEXT NOT NULL,
    "LastSeenAtUtc" TEXT NOT NULL,
    "Device" TEXT NULL,
    "IpAddress" TEXT NULL,
    "Method" TEXT NOT NULL,
    CONSTRAINT "FK_UserSessions_AspNetUsers_UserId" FOREIGN KEY ("UserId") REFERENCES "AspNetUsers" ("Id") ON DELETE CASCADE
);
CREATE INDEX "IX_UserSessions_UserId" ON "UserSessions" ("UserId");

ALTER TABLE "AspNetUsers" ADD "LastTotpTimeStep" INTEGER NULL;
DROP INDEX "EmailIndex";
CREATE UNIQUE INDEX "EmailIndex" ON "AspNetUsers" ("NormalizedEmail");

-- SubjectUserId becomes nullable: SQLite rebuilds the table.
CREATE TABLE "ef_temp_AuditEntries" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_AuditEntries" PRIMARY KEY AUTOINCREMENT,
    "AtUtc" TEXT NOT NULL,
    "ActorId" TEXT NULL,
    "SubjectUserId" TEXT NULL,
    "Action" TEXT NOT NULL,
    "RecordType" TEXT NOT NULL,
    "RecordId" TEXT NULL,
    "Detail" TEXT NULL,
    "IpAddress" TEXT NULL
);
INSERT INTO "ef_temp_AuditEntries" ("Id", "AtUtc", "ActorId", "SubjectUserId", "Action", "RecordType", "RecordId")
SELECT "Id", "AtUtc", "ActorId", "SubjectUserId", "Action", "RecordType", "RecordId" FROM "AuditEntries";
DROP TABLE "AuditEntries";
ALTER TABLE "ef_temp_AuditEntries" RENAME TO "AuditEntries";
CREATE INDEX "IX_AuditEntries_SubjectUserId_AtUtc" ON "AuditEntries" ("SubjectUserId", "AtUtc");

-- The audit trail is append-only.
-- begin statement
CREATE TRIGGER "AuditEntries_NoUpdate" BEFORE UPDATE ON "AuditEntries"
BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END;
-- end statement
-- begin statement
CREATE TRIGGER "AuditEntries_NoDelete" BEFORE DELETE ON "AuditEntries"
BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END;
-- end statement

-- Before the guard: where racing posts left several active plans, the newest stays active.
UPDATE "RecoveryEnrollments" SET "Active" = 0
WHERE "Active" = 1 AND "Id" <> (
    SELECT r."Id" FROM "RecoveryEnrollments" r
    WHERE r."OwnerId" = "RecoveryEnrollments"."OwnerId" AND r."Active" = 1
    ORDER BY r."StartedOn" DESC, r."Id" DESC LIMIT 1);
CREATE UNIQUE INDEX "IX_RecoveryEnrollments_OneActivePerOwner" ON "RecoveryEnrollments" ("OwnerId") WHERE "Active" = TRUE;

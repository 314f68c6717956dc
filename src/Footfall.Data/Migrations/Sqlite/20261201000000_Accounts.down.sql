DROP INDEX "IX_RecoveryEnrollments_OneActivePerOwner";
DROP TRIGGER "AuditEntries_NoUpdate";
DROP TRIGGER "AuditEntries_NoDelete";
CREATE TABLE "ef_temp_AuditEntries" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_AuditEntries" PRIMARY KEY AUTOINCREMENT,
    "AtUtc" TEXT NOT NULL,
    "ActorId" TEXT NULL,
    "SubjectUserId" TEXT NOT NULL,
    "Action" TEXT NOT NULL,
    "RecordType" TEXT NOT NULL,
    "RecordId" TEXT NULL
);
INSERT INTO "ef_temp_AuditEntries" ("Id", "AtUtc", "ActorId", "SubjectUserId", "Action", "RecordType", "RecordId")
SELECT "Id", "AtUtc", "ActorId", coalesce("SubjectUserId", ''), "Action", "RecordType", "RecordId" FROM "AuditEntries";
DROP TABLE "AuditEntries";
ALTER TABLE "ef_temp_AuditEntries" RENAME TO "AuditEntries";
CREATE INDEX "IX_AuditEntries_SubjectUserId_AtUtc" ON "AuditEntries" ("SubjectUserId", "AtUtc");
DROP INDEX "EmailIndex";
CREATE INDEX "EmailIndex" ON "AspNetUsers" ("NormalizedEmail");
ALTER TABLE "AspNetUsers" DROP COLUMN "LastTotpTimeStep";
DROP TABLE "UserSessions";

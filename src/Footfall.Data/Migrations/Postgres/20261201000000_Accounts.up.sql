CREATE TABLE "UserSessions" (
    "Id" character varying(32) NOT NULL,
    "UserId" text NOT NULL,
    "CreatedAtUtc" timestamp with time zone NOT NULL,
    "LastSeenAtUtc" timestamp with time zone NOT NULL,
    "Device" character varying(100),
    "IpAddress" character varying(45),
    "Method" character varying(32) NOT NULL,
    CONSTRAINT "PK_UserSessions" PRIMARY KEY ("Id"),
    CONSTRAINT "FK_UserSessions_AspNetUsers_UserId" FOREIGN KEY ("UserId") REFERENCES "AspNetUsers" ("Id") ON DELETE CASCADE
);
CREATE INDEX "IX_UserSessions_UserId" ON "UserSessions" ("UserId");

ALTER TABLE "AspNetUsers" ADD "LastTotpTimeStep" bigint;
DROP INDEX "EmailIndex";
CREATE UNIQUE INDEX "EmailIndex" ON "AspNetUsers" ("NormalizedEmail");

ALTER TABLE "AuditEntries" ALTER COLUMN "ActorId" TYPE character varying(128);
ALTER TABLE "AuditEntries" ALTER COLUMN "SubjectUserId" DROP NOT NULL;
ALTER TABLE "AuditEntries" ADD "Detail" character varying(200);
ALTER TABLE "AuditEntries" ADD "IpAddress" character varying(45);

-- The audit trail is append-only.
-- begin statement
CREATE FUNCTION footfall_audit_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'the audit trail is append-only';
END;
$$;
-- end statement
CREATE TRIGGER "AuditEntries_AppendOnly" BEFORE UPDATE OR DELETE ON "AuditEntries"
    FOR EACH ROW EXECUTE FUNCTION footfall_audit_append_only();
CREATE TRIGGER "AuditEntries_NoTruncate" BEFORE TRUNCATE ON "AuditEntries"
    FOR EACH STATEMENT EXECUTE FUNCTION footfall_audit_append_only();

-- Before the guard: where racing posts left several active plans, the newest stays active.
UPDATE "RecoveryEnrollments" e SET "Active" = FALSE
WHERE e."Active" AND e."Id" <> (
    SELECT r."Id" FROM "RecoveryEnrollments" r
    WHERE r."OwnerId" = e."OwnerId" AND r."Active"
    ORDER BY r."StartedOn" DESC, r."Id" DESC LIMIT 1);
CREATE UNIQUE INDEX "IX_RecoveryEnrollments_OneActivePerOwner" ON "RecoveryEnrollments" ("OwnerId") WHERE "Active" = TRUE;

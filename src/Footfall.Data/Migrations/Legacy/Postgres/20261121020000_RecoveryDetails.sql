ALTER TABLE "RecoveryEnrollments" ADD "WalkRunDay" integer NOT NULL DEFAULT 0;

ALTER TABLE "RecoveryEnrollments" ALTER COLUMN "WalkRunDay" DROP DEFAULT;

ALTER TABLE "RecoveryEnrollments" ADD "EvidenceJson" text;

ALTER TABLE "CheckIns" ADD "StageBefore" integer;

ALTER TABLE "CheckIns" ADD "WalkRunDayBefore" integer;

ALTER TABLE "CheckIns" ADD "StageAfter" integer;

ALTER TABLE "CheckIns" ADD "WalkRunDayAfter" integer;

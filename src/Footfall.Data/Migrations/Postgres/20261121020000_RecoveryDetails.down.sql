ALTER TABLE "CheckIns" DROP COLUMN "WalkRunDayAfter";

ALTER TABLE "CheckIns" DROP COLUMN "StageAfter";

ALTER TABLE "CheckIns" DROP COLUMN "WalkRunDayBefore";

ALTER TABLE "CheckIns" DROP COLUMN "StageBefore";

ALTER TABLE "RecoveryEnrollments" DROP COLUMN "EvidenceJson";

ALTER TABLE "RecoveryEnrollments" DROP COLUMN "WalkRunDay";

ALTER TABLE "RecoveryEnrollments" ADD "WalkRunDay" INTEGER NOT NULL DEFAULT 0;

ALTER TABLE "RecoveryEnrollments" ADD "EvidenceJson" TEXT NULL;

ALTER TABLE "CheckIns" ADD "StageBefore" INTEGER NULL;

ALTER TABLE "CheckIns" ADD "WalkRunDayBefore" INTEGER NULL;

ALTER TABLE "CheckIns" ADD "StageAfter" INTEGER NULL;

ALTER TABLE "CheckIns" ADD "WalkRunDayAfter" INTEGER NULL;

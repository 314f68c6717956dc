ALTER TABLE "Activities" DROP COLUMN "DamageNote";
ALTER TABLE "Activities" DROP COLUMN "AveragePowerWatts";
ALTER TABLE "Activities" DROP COLUMN "TimedSampleCount";

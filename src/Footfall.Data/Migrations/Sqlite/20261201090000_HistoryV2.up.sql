ALTER TABLE "Activities" ADD "TimedSampleCount" INTEGER NULL;
ALTER TABLE "Activities" ADD "AveragePowerWatts" REAL NULL;
ALTER TABLE "Activities" ADD "DamageNote" TEXT NULL;

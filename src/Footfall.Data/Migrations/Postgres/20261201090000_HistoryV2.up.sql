ALTER TABLE "Activities" ADD "TimedSampleCount" integer;
ALTER TABLE "Activities" ADD "AveragePowerWatts" double precision;
ALTER TABLE "Activities" ADD "DamageNote" character varying(300);

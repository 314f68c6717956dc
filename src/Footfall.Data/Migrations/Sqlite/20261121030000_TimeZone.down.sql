ALTER TABLE "AspNetUsers" DROP COLUMN "TimeZoneId";

ALTER TABLE "AspNetUsers" ADD "TimeZoneId" TEXT NULL;

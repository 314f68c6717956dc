ALTER TABLE "AspNetUsers" ADD "TimeZoneId" character varying(64);

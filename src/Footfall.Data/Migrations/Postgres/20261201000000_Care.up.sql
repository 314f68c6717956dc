CREATE TABLE "Clinics" (
    "Id" uuid NOT NULL,
    "Name" character varying(200) NOT NULL,
    "Address" character varying(300) NOT NULL,
    "Town" character varying(200) NOT NULL,
    "Latitude" double precision NOT NULL,
    "Longitude" double precision NOT NULL,
    "TimeZoneId" character varying(64) NOT NULL,
    "MinimumNoticeMinutes" integer NOT NULL,
    "HorizonDays" integer NOT NULL,
    "CancellationNoticeHours" integer NOT NULL,
    "SlotStepMinutes" integer NOT NULL,
    "CreatedAtUtc" timestamp with time zone NOT NULL,
    CONSTRAINT "PK_Clinics" PRIMARY KEY ("Id")
);

CREATE TABLE "PlanChanges" (
    "Id" uuid NOT NULL,
    "OwnerId" text NOT NULL,
    "ChangedById" character varying(450) NOT NULL,
    "ChangedByName" character varying(200) NOT NULL,
    "AtUtc" timestamp with time zone NOT NULL,
    "FromConditionId" character varying(64),
    "ToConditionId" character varying(64),
    "FromStage" integer,
    "ToStage" integer,
    "Exercises" character varying(2000),
    "Reason" character varying(2000) NOT NULL,
    CONSTRAINT "PK_PlanChanges" PRIMARY KEY ("Id"),
    CONSTRAINT "FK_PlanChanges_AspNetUsers_OwnerId" FOREIGN KEY ("OwnerId") REFERENCES "AspNetUsers" ("Id") ON DELETE CASCADE
);

CREATE TABLE "Practitioners" (
    "Id" uuid NOT NULL,
    "UserId" text NOT NULL,
    "DisplayName" character varying(200) NOT NULL,
    "Profession" integer NOT NULL,
    "Bio" character varying(2000) NOT NULL,
    "ConditionsTreated" character varying(2000) NOT NULL,
    "CreatedAtUtc" timestamp with time zone NOT NULL,
    CONSTRAINT "PK_Practitioners" PRIMARY KEY ("Id"),
    CONSTRAINT "FK_Practitioners_AspNetUsers_UserId" FOREIGN KEY ("UserId") REFERENCES "AspNetUsers" ("Id") ON DELETE CASCADE
);

CREATE TABLE "AppointmentTypes" (
    "Id" uuid NOT NULL,
    "ClinicId" uuid NOT NULL,
    "Name" character varying(100) NOT NULL,
    "DurationMinutes" integer NOT NULL,
    "BufferMinutes" integer NOT NULL,
    "Active" boolean NOT NULL,
    CONSTRAINT "PK_AppointmentTypes" PRIMARY KEY ("Id"),
    CONSTRAINT "FK_AppointmentTypes_Clinics_ClinicId" FOREIGN KEY ("ClinicId") REFERENCES "Clinics" ("Id") ON DELETE CASCADE
);

CREATE TABLE "ClinicInvitations" (
    "Id" uuid NOT NULL,
    "ClinicId" uuid NOT NULL,
    "Email" character varying(256) NOT NULL,
    "TokenHash" character varying(64) NOT NULL,
    "Profession" integer NOT NULL,
    "InvitedById" text NOT NULL,
    "CreatedAtUtc" timestamp with time zone NOT NULL,
    "ExpiresAtUtc" timestamp with time zone NOT NULL,
    "AcceptedAtUtc" timestamp with time zone,
    "AcceptedById" text,
    CONSTRAINT "PK_ClinicInvitations" PRIMARY KEY ("Id"),
    CONSTRAINT "FK_ClinicInvitations_Clinics_ClinicId" FOREIGN KEY ("ClinicId") REFERENCES "Clinics" ("Id") ON DELETE CASCADE
);

CREATE TABLE "ClinicMembers" (
    "Id" uuid NOT NULL,
    "ClinicId" uuid NOT NULL,
    "UserId" text NOT NULL,
    "Role" integer NOT NULL,
    "JoinedAtUtc" timestamp with time zone NOT NULL,
    "RemovedAtUtc" timestamp with time zone,
    CONSTRAINT "PK_ClinicMembers" PRIMARY KEY ("Id"),
    CONSTRAINT "FK_ClinicMembers_AspNetUsers_UserId" FOREIGN KEY ("UserId") REFERENCES "AspNetUsers" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_ClinicMembers_Clinics_ClinicId" FOREIGN KEY ("ClinicId") REFERENCES "Clinics" ("Id") ON DELETE CASCADE
);

CREATE TABLE "BlockedTimes" (
    "Id" uuid NOT NULL,
    "ClinicId" uuid NOT NULL,
    "PractitionerId" uuid,
    "FirstDay" date NOT NULL,
    "LastDay" date NOT NULL,
    "From" time without time zone,
    "To" time without time zone,
    "Reason" character varying(200) NOT NULL,
    CONSTRAINT "PK_BlockedTimes" PRIMARY KEY ("Id"),
    CONSTRAINT "FK_BlockedTimes_Clinics_ClinicId" FOREIGN KEY ("ClinicId") REFERENCES "Clinics" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_BlockedTimes_Practitioners_PractitionerId" FOREIGN KEY ("PractitionerId") REFERENCES "Practitioners" ("Id") ON DELETE CASCADE
);

CREATE TABLE "Consents" (
    "Id" uuid NOT NULL,
    "OwnerId" text NOT NULL,
    "PractitionerId" uuid,
    "ClinicId" uuid,
    "Scopes" integer NOT NULL,
    "GrantedAtUtc" timestamp with time zone NOT NULL,
    "ExpiresAtUtc" timestamp with time zone NOT NULL,
    "RevokedAtUtc" timestamp with time zone,
    CONSTRAINT "PK_Consents" PRIMARY KEY ("Id"),
    CONSTRAINT "FK_Consents_AspNetUsers_OwnerId" FOREIGN KEY ("OwnerId") REFERENCES "AspNetUsers" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_Consents_Clinics_ClinicId" FOREIGN KEY ("ClinicId") REFERENCES "Clinics" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_Consents_Practitioners_PractitionerId" FOREIGN KEY ("PractitionerId") REFERENCES "Practitioners" ("Id") ON DELETE CASCADE
);

CREATE TABLE "Examinations" (
    "Id" uuid NOT NULL,
    "OwnerId" text NOT NULL,
    "PractitionerId" uuid NOT NULL,
    "AtUtc" timestamp with time zone NOT NULL,
    "Subjective" character varying(4000) NOT NULL,
    "Objective" character varying(4000) NOT NULL,
    "Assessment" character varying(4000) NOT NULL,
    "Plan" character varying(4000) NOT NULL,
    "WorkingDiagnosis" character varying(200),
    "BeforeTopConditionId" character varying(64),
    "AfterTopConditionId" character varying(64),
    "CaseJson" text NOT NULL,
    "BeforeResultJson" text NOT NULL,
    "AfterResultJson" text NOT NULL,
    CONSTRAINT "PK_Examinations" PRIMARY KEY ("Id"),
    CONSTRAINT "FK_Examinations_AspNetUsers_OwnerId" FOREIGN KEY ("OwnerId") REFERENCES "AspNetUsers" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_Examinations_Practitioners_PractitionerId" FOREIGN KEY ("PractitionerId") REFERENCES "Practitioners" ("Id") ON DELETE CASCADE
);

CREATE TABLE "WorkingHours" (
    "Id" uuid NOT NULL,
    "ClinicId" uuid NOT NULL,
    "PractitionerId" uuid NOT NULL,
    "Day" integer NOT NULL,
    "Start" time without time zone NOT NULL,
    "End" time without time zone NOT NULL,
    CONSTRAINT "PK_WorkingHours" PRIMARY KEY ("Id"),
    CONSTRAINT "FK_WorkingHours_Clinics_ClinicId" FOREIGN KEY ("ClinicId") REFERENCES "Clinics" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_WorkingHours_Practitioners_PractitionerId" FOREIGN KEY ("PractitionerId") REFERENCES "Practitioners" ("Id") ON DELETE CASCADE
);

CREATE TABLE "Bookings" (
    "Id" uuid NOT NULL,
    "OwnerId" text NOT NULL,
    "ClinicId" uuid NOT NULL,
    "PractitionerId" uuid NOT NULL,
    "AppointmentTypeId" uuid NOT NULL,
    "StartUtc" timestamp with time zone NOT NULL,
    "EndUtc" timestamp with time zone NOT NULL,
    "BusyUntilUtc" timestamp with time zone NOT NULL,
    "Status" integer NOT NULL,
    "Sequence" integer NOT NULL,
    "BookedById" text NOT NULL,
    "CreatedAtUtc" timestamp with time zone NOT NULL,
    "CancelledAtUtc" timestamp with time zone,
    CONSTRAINT "PK_Bookings" PRIMARY KEY ("Id"),
    CONSTRAINT "FK_Bookings_AppointmentTypes_AppointmentTypeId" FOREIGN KEY ("AppointmentTypeId") REFERENCES "AppointmentTypes" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_Bookings_AspNetUsers_OwnerId" FOREIGN KEY ("OwnerId") REFERENCES "AspNetUsers" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_Bookings_Clinics_ClinicId" FOREIGN KEY ("ClinicId") REFERENCES "Clinics" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_Bookings_Practitioners_PractitionerId" FOREIGN KEY ("PractitionerId") REFERENCES "Practitioners" ("Id") ON DELETE CASCADE
);

CREATE TABLE "Waitlist" (
    "Id" uuid NOT NULL,
    "OwnerId" text NOT NULL,
    "ClinicId" uuid NOT NULL,
    "PractitionerId" uuid NOT NULL,
    "AppointmentTypeId" uuid NOT NULL,
    "CreatedAtUtc" timestamp with time zone NOT NULL,
    "OfferedAtUtc" timestamp with time zone,
    "OfferedStartUtc" timestamp with time zone,
    "Active" boolean NOT NULL,
    CONSTRAINT "PK_Waitlist" PRIMARY KEY ("Id"),
    CONSTRAINT "FK_Waitlist_AppointmentTypes_AppointmentTypeId" FOREIGN KEY ("AppointmentTypeId") REFERENCES "AppointmentTypes" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_Waitlist_AspNetUsers_OwnerId" FOREIGN KEY ("OwnerId") REFERENCES "AspNetUsers" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_Waitlist_Clinics_ClinicId" FOREIGN KEY ("ClinicId") REFERENCES "Clinics" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_Waitlist_Practitioners_PractitionerId" FOREIGN KEY ("PractitionerId") REFERENCES "Practitioners" ("Id") ON DELETE CASCADE
);

CREATE INDEX "IX_AppointmentTypes_ClinicId" ON "AppointmentTypes" ("ClinicId");

CREATE INDEX "IX_BlockedTimes_ClinicId_LastDay" ON "BlockedTimes" ("ClinicId", "LastDay");

CREATE INDEX "IX_BlockedTimes_PractitionerId" ON "BlockedTimes" ("PractitionerId");

CREATE INDEX "IX_Bookings_AppointmentTypeId" ON "Bookings" ("AppointmentTypeId");

CREATE INDEX "IX_Bookings_ClinicId" ON "Bookings" ("ClinicId");

CREATE INDEX "IX_Bookings_OwnerId_StartUtc" ON "Bookings" ("OwnerId", "StartUtc");

CREATE INDEX "IX_Bookings_PractitionerId_StartUtc" ON "Bookings" ("PractitionerId", "StartUtc");

CREATE INDEX "IX_ClinicInvitations_ClinicId" ON "ClinicInvitations" ("ClinicId");

CREATE UNIQUE INDEX "IX_ClinicInvitations_TokenHash" ON "ClinicInvitations" ("TokenHash");

CREATE UNIQUE INDEX "IX_ClinicMembers_ClinicId_UserId_Role" ON "ClinicMembers" ("ClinicId", "UserId", "Role");

CREATE INDEX "IX_ClinicMembers_UserId" ON "ClinicMembers" ("UserId");

CREATE INDEX "IX_Consents_ClinicId" ON "Consents" ("ClinicId");

CREATE INDEX "IX_Consents_OwnerId" ON "Consents" ("OwnerId");

CREATE INDEX "IX_Consents_PractitionerId" ON "Consents" ("PractitionerId");

CREATE INDEX "IX_Examinations_OwnerId_AtUtc" ON "Examinations" ("OwnerId", "AtUtc");

CREATE INDEX "IX_Examinations_PractitionerId" ON "Examinations" ("PractitionerId");

CREATE INDEX "IX_PlanChanges_OwnerId_AtUtc" ON "PlanChanges" ("OwnerId", "AtUtc");

CREATE UNIQUE INDEX "IX_Practitioners_UserId" ON "Practitioners" ("UserId");

CREATE INDEX "IX_Waitlist_AppointmentTypeId" ON "Waitlist" ("AppointmentTypeId");

CREATE INDEX "IX_Waitlist_ClinicId" ON "Waitlist" ("ClinicId");

CREATE INDEX "IX_Waitlist_OwnerId" ON "Waitlist" ("OwnerId");

CREATE INDEX "IX_Waitlist_PractitionerId_Active_CreatedAtUtc" ON "Waitlist" ("PractitionerId", "Active", "CreatedAtUtc");

CREATE INDEX "IX_WorkingHours_ClinicId" ON "WorkingHours" ("ClinicId");

CREATE INDEX "IX_WorkingHours_PractitionerId_ClinicId" ON "WorkingHours" ("PractitionerId", "ClinicId");

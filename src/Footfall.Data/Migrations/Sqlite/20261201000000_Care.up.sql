CREATE TABLE "Clinics" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_Clinics" PRIMARY KEY,
    "Name" TEXT NOT NULL,
    "Address" TEXT NOT NULL,
    "Town" TEXT NOT NULL,
    "Latitude" REAL NOT NULL,
    "Longitude" REAL NOT NULL,
    "TimeZoneId" TEXT NOT NULL,
    "MinimumNoticeMinutes" INTEGER NOT NULL,
    "HorizonDays" INTEGER NOT NULL,
    "CancellationNoticeHours" INTEGER NOT NULL,
    "SlotStepMinutes" INTEGER NOT NULL,
    "CreatedAtUtc" TEXT NOT NULL
);

CREATE TABLE "PlanChanges" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_PlanChanges" PRIMARY KEY,
    "OwnerId" TEXT NOT NULL,
    "ChangedById" TEXT NOT NULL,
    "ChangedByName" TEXT NOT NULL,
    "AtUtc" TEXT NOT NULL,
    "FromConditionId" TEXT NULL,
    "ToConditionId" TEXT NULL,
    "FromStage" INTEGER NULL,
    "ToStage" INTEGER NULL,
    "Exercises" TEXT NULL,
    "Reason" TEXT NOT NULL,
    CONSTRAINT "FK_PlanChanges_AspNetUsers_OwnerId" FOREIGN KEY ("OwnerId") REFERENCES "AspNetUsers" ("Id") ON DELETE CASCADE
);

CREATE TABLE "Practitioners" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_Practitioners" PRIMARY KEY,
    "UserId" TEXT NOT NULL,
    "DisplayName" TEXT NOT NULL,
    "Profession" INTEGER NOT NULL,
    "Bio" TEXT NOT NULL,
    "ConditionsTreated" TEXT NOT NULL,
    "CreatedAtUtc" TEXT NOT NULL,
    CONSTRAINT "FK_Practitioners_AspNetUsers_UserId" FOREIGN KEY ("UserId") REFERENCES "AspNetUsers" ("Id") ON DELETE CASCADE
);

CREATE TABLE "AppointmentTypes" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_AppointmentTypes" PRIMARY KEY,
    "ClinicId" TEXT NOT NULL,
    "Name" TEXT NOT NULL,
    "DurationMinutes" INTEGER NOT NULL,
    "BufferMinutes" INTEGER NOT NULL,
    "Active" INTEGER NOT NULL,
    CONSTRAINT "FK_AppointmentTypes_Clinics_ClinicId" FOREIGN KEY ("ClinicId") REFERENCES "Clinics" ("Id") ON DELETE CASCADE
);

CREATE TABLE "ClinicInvitations" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_ClinicInvitations" PRIMARY KEY,
    "ClinicId" TEXT NOT NULL,
    "Email" TEXT NOT NULL,
    "TokenHash" TEXT NOT NULL,
    "Profession" INTEGER NOT NULL,
    "InvitedById" TEXT NOT NULL,
    "CreatedAtUtc" TEXT NOT NULL,
    "ExpiresAtUtc" TEXT NOT NULL,
    "AcceptedAtUtc" TEXT NULL,
    "AcceptedById" TEXT NULL,
    CONSTRAINT "FK_ClinicInvitations_Clinics_ClinicId" FOREIGN KEY ("ClinicId") REFERENCES "Clinics" ("Id") ON DELETE CASCADE
);

CREATE TABLE "ClinicMembers" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_ClinicMembers" PRIMARY KEY,
    "ClinicId" TEXT NOT NULL,
    "UserId" TEXT NOT NULL,
    "Role" INTEGER NOT NULL,
    "JoinedAtUtc" TEXT NOT NULL,
    "RemovedAtUtc" TEXT NULL,
    CONSTRAINT "FK_ClinicMembers_AspNetUsers_UserId" FOREIGN KEY ("UserId") REFERENCES "AspNetUsers" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_ClinicMembers_Clinics_ClinicId" FOREIGN KEY ("ClinicId") REFERENCES "Clinics" ("Id") ON DELETE CASCADE
);

CREATE TABLE "BlockedTimes" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_BlockedTimes" PRIMARY KEY,
    "ClinicId" TEXT NOT NULL,
    "PractitionerId" TEXT NULL,
    "FirstDay" TEXT NOT NULL,
    "LastDay" TEXT NOT NULL,
    "From" TEXT NULL,
    "To" TEXT NULL,
    "Reason" TEXT NOT NULL,
    CONSTRAINT "FK_BlockedTimes_Clinics_ClinicId" FOREIGN KEY ("ClinicId") REFERENCES "Clinics" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_BlockedTimes_Practitioners_PractitionerId" FOREIGN KEY ("PractitionerId") REFERENCES "Practitioners" ("Id") ON DELETE CASCADE
);

CREATE TABLE "Consents" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_Consents" PRIMARY KEY,
    "OwnerId" TEXT NOT NULL,
    "PractitionerId" TEXT NULL,
    "ClinicId" TEXT NULL,
    "Scopes" INTEGER NOT NULL,
    "GrantedAtUtc" TEXT NOT NULL,
    "ExpiresAtUtc" TEXT NOT NULL,
    "RevokedAtUtc" TEXT NULL,
    CONSTRAINT "FK_Consents_AspNetUsers_OwnerId" FOREIGN KEY ("OwnerId") REFERENCES "AspNetUsers" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_Consents_Clinics_ClinicId" FOREIGN KEY ("ClinicId") REFERENCES "Clinics" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_Consents_Practitioners_PractitionerId" FOREIGN KEY ("PractitionerId") REFERENCES "Practitioners" ("Id") ON DELETE CASCADE
);

CREATE TABLE "Examinations" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_Examinations" PRIMARY KEY,
    "OwnerId" TEXT NOT NULL,
    "PractitionerId" TEXT NOT NULL,
    "AtUtc" TEXT NOT NULL,
    "Subjective" TEXT NOT NULL,
    "Objective" TEXT NOT NULL,
    "Assessment" TEXT NOT NULL,
    "Plan" TEXT NOT NULL,
    "WorkingDiagnosis" TEXT NULL,
    "BeforeTopConditionId" TEXT NULL,
    "AfterTopConditionId" TEXT NULL,
    "CaseJson" TEXT NOT NULL,
    "BeforeResultJson" TEXT NOT NULL,
    "AfterResultJson" TEXT NOT NULL,
    CONSTRAINT "FK_Examinations_AspNetUsers_OwnerId" FOREIGN KEY ("OwnerId") REFERENCES "AspNetUsers" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_Examinations_Practitioners_PractitionerId" FOREIGN KEY ("PractitionerId") REFERENCES "Practitioners" ("Id") ON DELETE CASCADE
);

CREATE TABLE "WorkingHours" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_WorkingHours" PRIMARY KEY,
    "ClinicId" TEXT NOT NULL,
    "PractitionerId" TEXT NOT NULL,
    "Day" INTEGER NOT NULL,
    "Start" TEXT NOT NULL,
    "End" TEXT NOT NULL,
    CONSTRAINT "FK_WorkingHours_Clinics_ClinicId" FOREIGN KEY ("ClinicId") REFERENCES "Clinics" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_WorkingHours_Practitioners_PractitionerId" FOREIGN KEY ("PractitionerId") REFERENCES "Practitioners" ("Id") ON DELETE CASCADE
);

CREATE TABLE "Bookings" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_Bookings" PRIMARY KEY,
    "OwnerId" TEXT NOT NULL,
    "ClinicId" TEXT NOT NULL,
    "PractitionerId" TEXT NOT NULL,
    "AppointmentTypeId" TEXT NOT NULL,
    "StartUtc" TEXT NOT NULL,
    "EndUtc" TEXT NOT NULL,
    "BusyUntilUtc" TEXT NOT NULL,
    "Status" INTEGER NOT NULL,
    "Sequence" INTEGER NOT NULL,
    "BookedById" TEXT NOT NULL,
    "CreatedAtUtc" TEXT NOT NULL,
    "CancelledAtUtc" TEXT NULL,
    CONSTRAINT "FK_Bookings_AppointmentTypes_AppointmentTypeId" FOREIGN KEY ("AppointmentTypeId") REFERENCES "AppointmentTypes" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_Bookings_AspNetUsers_OwnerId" FOREIGN KEY ("OwnerId") REFERENCES "AspNetUsers" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_Bookings_Clinics_ClinicId" FOREIGN KEY ("ClinicId") REFERENCES "Clinics" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_Bookings_Practitioners_PractitionerId" FOREIGN KEY ("PractitionerId") REFERENCES "Practitioners" ("Id") ON DELETE CASCADE
);

CREATE TABLE "Waitlist" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_Waitlist" PRIMARY KEY,
    "OwnerId" TEXT NOT NULL,
    "ClinicId" TEXT NOT NULL,
    "PractitionerId" TEXT NOT NULL,
    "AppointmentTypeId" TEXT NOT NULL,
    "CreatedAtUtc" TEXT NOT NULL,
    "OfferedAtUtc" TEXT NULL,
    "OfferedStartUtc" TEXT NULL,
    "Active" INTEGER NOT NULL,
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

CREATE TABLE "Appointments" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_Appointments" PRIMARY KEY,
    "OwnerId" TEXT NOT NULL,
    "StartUtc" TEXT NOT NULL,
    "DurationMinutes" INTEGER NOT NULL,
    "Title" TEXT NOT NULL,
    "Location" TEXT NULL,
    CONSTRAINT "FK_Appointments_AspNetUsers_OwnerId" FOREIGN KEY ("OwnerId") REFERENCES "AspNetUsers" ("Id") ON DELETE CASCADE
);

CREATE TABLE "Assessments" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_Assessments" PRIMARY KEY,
    "OwnerId" TEXT NOT NULL,
    "CreatedAtUtc" TEXT NOT NULL,
    "CaseJson" TEXT NOT NULL,
    "ResultJson" TEXT NOT NULL,
    "Triage" TEXT NOT NULL,
    "TopConditionId" TEXT NULL,
    CONSTRAINT "FK_Assessments_AspNetUsers_OwnerId" FOREIGN KEY ("OwnerId") REFERENCES "AspNetUsers" ("Id") ON DELETE CASCADE
);

CREATE TABLE "CheckIns" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_CheckIns" PRIMARY KEY,
    "OwnerId" TEXT NOT NULL,
    "Date" TEXT NOT NULL,
    "PainFirstSteps" INTEGER NULL,
    "PainDuringActivity" INTEGER NULL,
    "PainAfterActivity" INTEGER NULL,
    "PainNextMorning" INTEGER NULL,
    "MorningStiffnessMinutes" INTEGER NULL,
    "RunDistanceKm" REAL NULL,
    "CrossTraining" TEXT NULL,
    "CrossTrainingMinutes" INTEGER NULL,
    "Rested" INTEGER NOT NULL,
    "ExercisesDone" TEXT NOT NULL,
    "MovementSafeToday" TEXT NULL,
    "MovementHealthy" TEXT NULL,
    "MovementPushThrough" TEXT NULL,
    "Note" TEXT NULL,
    "Decision" TEXT NOT NULL,
    "DecisionRule" TEXT NOT NULL,
    "DecisionReason" TEXT NOT NULL,
    "CreatedAtUtc" TEXT NOT NULL,
    CONSTRAINT "FK_CheckIns_AspNetUsers_OwnerId" FOREIGN KEY ("OwnerId") REFERENCES "AspNetUsers" ("Id") ON DELETE CASCADE
);

CREATE TABLE "Questionnaires" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_Questionnaires" PRIMARY KEY,
    "OwnerId" TEXT NOT NULL,
    "Instrument" TEXT NOT NULL,
    "Date" TEXT NOT NULL,
    "AnswersJson" TEXT NOT NULL,
    "ScoresJson" TEXT NOT NULL,
    CONSTRAINT "FK_Questionnaires_AspNetUsers_OwnerId" FOREIGN KEY ("OwnerId") REFERENCES "AspNetUsers" ("Id") ON DELETE CASCADE
);

CREATE TABLE "RecoveryEnrollments" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_RecoveryEnrollments" PRIMARY KEY,
    "OwnerId" TEXT NOT NULL,
    "ConditionId" TEXT NOT NULL,
    "AssessmentId" TEXT NULL,
    "StartedOn" TEXT NOT NULL,
    "StageIndex" INTEGER NOT NULL,
    "StageStartedOn" TEXT NOT NULL,
    "Active" INTEGER NOT NULL,
    CONSTRAINT "FK_RecoveryEnrollments_AspNetUsers_OwnerId" FOREIGN KEY ("OwnerId") REFERENCES "AspNetUsers" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_RecoveryEnrollments_Assessments_AssessmentId" FOREIGN KEY ("AssessmentId") REFERENCES "Assessments" ("Id") ON DELETE SET NULL
);

CREATE TABLE "Activities" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_Activities" PRIMARY KEY,
    "OwnerId" TEXT NOT NULL,
    "Sport" TEXT NOT NULL,
    "StartUtc" TEXT NOT NULL,
    "DurationSeconds" REAL NOT NULL,
    "DistanceMeters" REAL NOT NULL,
    "AverageHeartRateBpm" REAL NULL,
    "AverageCadenceSpm" REAL NULL,
    "StanceTimeBalanceLeftPercent" REAL NULL,
    "SourceFormat" TEXT NOT NULL,
    "SourceName" TEXT NOT NULL,
    "ContentHash" TEXT NOT NULL,
    "GearName" TEXT NULL,
    "ShoeId" TEXT NULL,
    "ImportedAtUtc" TEXT NOT NULL,
    "SampleCount" INTEGER NOT NULL,
    CONSTRAINT "FK_Activities_AspNetUsers_OwnerId" FOREIGN KEY ("OwnerId") REFERENCES "AspNetUsers" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_Activities_Shoes_ShoeId" FOREIGN KEY ("ShoeId") REFERENCES "Shoes" ("Id") ON DELETE SET NULL
);

CREATE TABLE "ActivityTracks" (
    "ActivityId" TEXT NOT NULL CONSTRAINT "PK_ActivityTracks" PRIMARY KEY,
    "Data" BLOB NOT NULL,
    CONSTRAINT "FK_ActivityTracks_Activities_ActivityId" FOREIGN KEY ("ActivityId") REFERENCES "Activities" ("Id") ON DELETE CASCADE
);

CREATE UNIQUE INDEX "IX_Activities_OwnerId_ContentHash" ON "Activities" ("OwnerId", "ContentHash");

CREATE UNIQUE INDEX "IX_Activities_OwnerId_Sport_StartUtc" ON "Activities" ("OwnerId", "Sport", "StartUtc");

CREATE INDEX "IX_Activities_OwnerId_StartUtc" ON "Activities" ("OwnerId", "StartUtc");

CREATE INDEX "IX_Activities_ShoeId" ON "Activities" ("ShoeId");

CREATE INDEX "IX_Appointments_OwnerId_StartUtc" ON "Appointments" ("OwnerId", "StartUtc");

CREATE INDEX "IX_Assessments_OwnerId_CreatedAtUtc" ON "Assessments" ("OwnerId", "CreatedAtUtc");

CREATE UNIQUE INDEX "IX_CheckIns_OwnerId_Date" ON "CheckIns" ("OwnerId", "Date");

CREATE INDEX "IX_Questionnaires_OwnerId_Instrument_Date" ON "Questionnaires" ("OwnerId", "Instrument", "Date");

CREATE INDEX "IX_RecoveryEnrollments_AssessmentId" ON "RecoveryEnrollments" ("AssessmentId");

CREATE INDEX "IX_RecoveryEnrollments_OwnerId_Active" ON "RecoveryEnrollments" ("OwnerId", "Active");

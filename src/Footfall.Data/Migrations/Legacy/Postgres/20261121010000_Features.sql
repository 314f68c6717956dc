CREATE TABLE "Appointments" (
    "Id" uuid NOT NULL,
    "OwnerId" text NOT NULL,
    "StartUtc" timestamp with time zone NOT NULL,
    "DurationMinutes" integer NOT NULL,
    "Title" character varying(200) NOT NULL,
    "Location" character varying(200),
    CONSTRAINT "PK_Appointments" PRIMARY KEY ("Id"),
    CONSTRAINT "FK_Appointments_AspNetUsers_OwnerId" FOREIGN KEY ("OwnerId") REFERENCES "AspNetUsers" ("Id") ON DELETE CASCADE
);

CREATE TABLE "Assessments" (
    "Id" uuid NOT NULL,
    "OwnerId" text NOT NULL,
    "CreatedAtUtc" timestamp with time zone NOT NULL,
    "CaseJson" text NOT NULL,
    "ResultJson" text NOT NULL,
    "Triage" character varying(32) NOT NULL,
    "TopConditionId" character varying(64),
    CONSTRAINT "PK_Assessments" PRIMARY KEY ("Id"),
    CONSTRAINT "FK_Assessments_AspNetUsers_OwnerId" FOREIGN KEY ("OwnerId") REFERENCES "AspNetUsers" ("Id") ON DELETE CASCADE
);

CREATE TABLE "CheckIns" (
    "Id" uuid NOT NULL,
    "OwnerId" text NOT NULL,
    "Date" date NOT NULL,
    "PainFirstSteps" integer,
    "PainDuringActivity" integer,
    "PainAfterActivity" integer,
    "PainNextMorning" integer,
    "MorningStiffnessMinutes" integer,
    "RunDistanceKm" double precision,
    "CrossTraining" character varying(32),
    "CrossTrainingMinutes" integer,
    "Rested" boolean NOT NULL,
    "ExercisesDone" character varying(2000) NOT NULL,
    "MovementSafeToday" character varying(2000),
    "MovementHealthy" character varying(2000),
    "MovementPushThrough" character varying(2000),
    "Note" character varying(2000),
    "Decision" character varying(16) NOT NULL,
    "DecisionRule" character varying(64) NOT NULL,
    "DecisionReason" character varying(1000) NOT NULL,
    "CreatedAtUtc" timestamp with time zone NOT NULL,
    CONSTRAINT "PK_CheckIns" PRIMARY KEY ("Id"),
    CONSTRAINT "FK_CheckIns_AspNetUsers_OwnerId" FOREIGN KEY ("OwnerId") REFERENCES "AspNetUsers" ("Id") ON DELETE CASCADE
);

CREATE TABLE "Questionnaires" (
    "Id" uuid NOT NULL,
    "OwnerId" text NOT NULL,
    "Instrument" character varying(16) NOT NULL,
    "Date" date NOT NULL,
    "AnswersJson" text NOT NULL,
    "ScoresJson" text NOT NULL,
    CONSTRAINT "PK_Questionnaires" PRIMARY KEY ("Id"),
    CONSTRAINT "FK_Questionnaires_AspNetUsers_OwnerId" FOREIGN KEY ("OwnerId") REFERENCES "AspNetUsers" ("Id") ON DELETE CASCADE
);

CREATE TABLE "RecoveryEnrollments" (
    "Id" uuid NOT NULL,
    "OwnerId" text NOT NULL,
    "ConditionId" character varying(64) NOT NULL,
    "AssessmentId" uuid,
    "StartedOn" date NOT NULL,
    "StageIndex" integer NOT NULL,
    "StageStartedOn" date NOT NULL,
    "Active" boolean NOT NULL,
    CONSTRAINT "PK_RecoveryEnrollments" PRIMARY KEY ("Id"),
    CONSTRAINT "FK_RecoveryEnrollments_AspNetUsers_OwnerId" FOREIGN KEY ("OwnerId") REFERENCES "AspNetUsers" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_RecoveryEnrollments_Assessments_AssessmentId" FOREIGN KEY ("AssessmentId") REFERENCES "Assessments" ("Id") ON DELETE SET NULL
);

CREATE TABLE "Activities" (
    "Id" uuid NOT NULL,
    "OwnerId" text NOT NULL,
    "Sport" character varying(32) NOT NULL,
    "StartUtc" timestamp with time zone NOT NULL,
    "DurationSeconds" double precision NOT NULL,
    "DistanceMeters" double precision NOT NULL,
    "AverageHeartRateBpm" double precision,
    "AverageCadenceSpm" double precision,
    "StanceTimeBalanceLeftPercent" double precision,
    "SourceFormat" character varying(8) NOT NULL,
    "SourceName" character varying(260) NOT NULL,
    "ContentHash" character varying(64) NOT NULL,
    "GearName" character varying(200),
    "ShoeId" uuid,
    "ImportedAtUtc" timestamp with time zone NOT NULL,
    "SampleCount" integer NOT NULL,
    CONSTRAINT "PK_Activities" PRIMARY KEY ("Id"),
    CONSTRAINT "FK_Activities_AspNetUsers_OwnerId" FOREIGN KEY ("OwnerId") REFERENCES "AspNetUsers" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_Activities_Shoes_ShoeId" FOREIGN KEY ("ShoeId") REFERENCES "Shoes" ("Id") ON DELETE SET NULL
);

CREATE TABLE "ActivityTracks" (
    "ActivityId" uuid NOT NULL,
    "Data" bytea NOT NULL,
    CONSTRAINT "PK_ActivityTracks" PRIMARY KEY ("ActivityId"),
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

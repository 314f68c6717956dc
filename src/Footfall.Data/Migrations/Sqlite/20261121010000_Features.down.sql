DROP TABLE "RecoveryEnrollments";
DROP TABLE "ActivityTracks";
DROP TABLE "Activities";
DROP TABLE "Appointments";
DROP TABLE "Assessments";
DROP TABLE "CheckIns";
DROP TABLE "Questionnaires";

using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Footfall.Assessment;
using Footfall.Care;
using Footfall.Care.Consent;
using Footfall.Data;
using Footfall.Data.Entities;
using Footfall.Recovery;
using Footfall.Training;
using Footfall.Web.Features.Recovery;
using Footfall.Web.Infrastructure;
using Hl7.Fhir.Serialization;
using Microsoft.EntityFrameworkCore;
using R4 = Hl7.Fhir.Model;

namespace Footfall.Web.Features.Care;

/// <summary>
/// A runner's record as a FHIR R4 collection Bundle, built with Firely's SDK: Patient, Condition (each
/// saved assessment's leading cause, each clinician's working diagnosis), Observation (pain 0-10 as
/// LOINC 72514-3 per check-in, weekly running distance), QuestionnaireResponse (FAAM, LEFS scale
/// scores), CarePlan, Appointment, and the Practitioner, Organization and Location they involve.
/// The runner gets everything; a clinician only what the runner's consent covers (and is audited).
/// </summary>
public sealed class FhirExport(FootfallDbContext db, CaseFile caseFile, CareAccess access, AssessmentEngine engine, RecoveryKnowledge recovery)
{
    /// <summary>LOINC 72514-3: Pain severity - 0-10 verbal numeric rating [Score] - Reported.</summary>
    public const string PainLoinc = "72514-3";

    /// <summary>Footfall's own code system for what has no standard code (weekly running distance).</summary>
    public const string FootfallCodes = "https://footfall.example.org/fhir/CodeSystem/footfall";

    public const string MediaType = "application/fhir+json";

    /// <summary>The runner's own bundle.</summary>
    public Task<string> ForRunnerAsync(string runnerId, CancellationToken ct) => BuildAsync(runnerId, ConsentScope.All, null, ct);

    /// <summary>The bundle a clinician may download, or null when no consent of the runner's lets them.</summary>
    public async Task<string?> ForClinicianAsync(string actorId, string runnerId, CancellationToken ct)
    {
        var allowed = await caseFile.AccessAsync(actorId, runnerId, ct);
        if (allowed is null)
        {
            return null;
        }

        access.Audit(actorId, runnerId, "export", "FhirBundle");
        await db.SaveChangesAsync(ct);
        return await BuildAsync(runnerId, allowed.Value.Scopes, allowed.Value.Practitioner.Id, ct);
    }

    private async Task<string> BuildAsync(string runnerId, ConsentScope scopes, Guid? onlyPractitioner, CancellationToken ct)
    {
        var runner = await db.Users.SingleAsync(u => u.Id == runnerId, ct);
        var bundle = new R4.Bundle { Type = R4.Bundle.BundleType.Collection, Timestamp = DateTimeOffset.UnixEpoch };
        var patientUrl = Urn("patient", runnerId);
        var patient = new R4.Patient { Active = true };
        patient.Identifier.Add(new R4.Identifier("https://footfall.example.org/fhir/account", runnerId));
        if (runner.Email is { } email)
        {
            patient.Telecom.Add(new R4.ContactPoint(R4.ContactPoint.ContactPointSystem.Email, R4.ContactPoint.ContactPointUse.Home, email));
        }

        Add(bundle, patientUrl, patient);
        var subject = new R4.ResourceReference(patientUrl);

        var bookings = await db.Bookings.OwnedBy(runnerId).Where(b => onlyPractitioner == null || b.PractitionerId == onlyPractitioner).OrderBy(b => b.StartUtc).ToListAsync(ct);
        var examinations = scopes.HasFlag(ConsentScope.Assessments)
            ? await db.Examinations.OwnedBy(runnerId).OrderBy(x => x.AtUtc).ToListAsync(ct)
            : [];
        var practitionerIds = bookings.Select(b => b.PractitionerId).Concat(examinations.Select(x => x.PractitionerId)).ToHashSet();
        var clinicIds = bookings.Select(b => b.ClinicId).ToHashSet();
        foreach (var practitioner in await db.Practitioners.Where(p => practitionerIds.Contains(p.Id)).ToListAsync(ct))
        {
            var resource = new R4.Practitioner { Active = true };
            resource.Name.Add(new R4.HumanName { Text = practitioner.DisplayName });
            resource.Qualification.Add(new R4.Practitioner.QualificationComponent { Code = new R4.CodeableConcept { Text = ((Profession)practitioner.Profession).Name() } });
            Add(bundle, Urn("practitioner", practitioner.Id.ToString()), resource);
        }

        foreach (var clinic in await db.Clinics.Where(c => clinicIds.Contains(c.Id)).ToListAsync(ct))
        {
            var organizationUrl = Urn("organization", clinic.Id.ToString());
            Add(bundle, organizationUrl, new R4.Organization { Active = true, Name = clinic.Name });
            Add(bundle, Urn("location", clinic.Id.ToString()), new R4.Location
            {
                Status = R4.Location.LocationStatus.Active,
                Name = clinic.Name,
                Address = new R4.Address { Text = $"{clinic.Address}, {clinic.Town}" },
                Position = new R4.Location.PositionComponent { Latitude = (decimal)clinic.Latitude, Longitude = (decimal)clinic.Longitude },
                ManagingOrganization = new R4.ResourceReference(organizationUrl),
            });
        }

        foreach (var booking in bookings)
        {
            var appointment = new R4.Appointment
            {
                Status = booking.Status == BookingStatus.Cancelled ? R4.Appointment.AppointmentStatus.Cancelled : R4.Appointment.AppointmentStatus.Booked,
                Start = CareAccess.Utc(booking.StartUtc),
                End = CareAccess.Utc(booking.EndUtc),
                Created = CareAccess.Utc(booking.CreatedAtUtc).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            };
            appointment.Participant.Add(Participant(patientUrl));
            appointment.Participant.Add(Participant(Urn("practitioner", booking.PractitionerId.ToString())));
            appointment.Participant.Add(Participant(Urn("location", booking.ClinicId.ToString())));
            Add(bundle, Urn("appointment", booking.Id.ToString()), appointment);
        }

        var conditionUrls = new List<string>();
        if (scopes.HasFlag(ConsentScope.Assessments))
        {
            foreach (var saved in await db.Assessments.OwnedBy(runnerId).OrderBy(a => a.CreatedAtUtc).ToListAsync(ct))
            {
                if (saved.TopConditionId is not { } id || engine.Knowledge.FindCondition(id) is not { } condition)
                {
                    continue;
                }

                var url = Urn("condition", saved.Id.ToString());
                conditionUrls.Add(url);
                Add(bundle, url, ConditionOf(condition.Name, CareAccess.Utc(saved.CreatedAtUtc), subject, null, "Footfall self-assessment (guidance, not a diagnosis)"));
            }

            foreach (var examination in examinations.Where(x => x.WorkingDiagnosis is not null))
            {
                var name = engine.Knowledge.FindCondition(examination.WorkingDiagnosis!)?.Name ?? examination.WorkingDiagnosis!;
                var url = Urn("condition", examination.Id.ToString());
                conditionUrls.Add(url);
                Add(bundle, url, ConditionOf(name, CareAccess.Utc(examination.AtUtc), subject, new R4.ResourceReference(Urn("practitioner", examination.PractitionerId.ToString())), "Clinician's working diagnosis after examination"));
            }
        }

        if (scopes.HasFlag(ConsentScope.RunningHistory))
        {
            var runs = await Footfall.Data.Activities.TrainingEvidence.LoadRunsAsync(db, runnerId, ct);
            // Weeks count in the runner's time zone, as on the load page: a Sunday-evening run is in that week.
            var zone = RunnerTime.FromId(runner.TimeZoneId);
            foreach (var week in runs.Where(r => r.CountsAsRun).GroupBy(r => TrainingHistory.WeekStart(TrainingHistory.LocalDate(r.StartUtc, zone))).OrderBy(g => g.Key))
            {
                var observation = new R4.Observation
                {
                    Status = R4.ObservationStatus.Final,
                    Code = new R4.CodeableConcept(FootfallCodes, "weekly-running-distance", "Running distance in the week (Monday to Sunday)"),
                    Subject = subject,
                    Effective = new R4.Period(new R4.FhirDateTime(week.Key.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)), new R4.FhirDateTime(week.Key.AddDays(6).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture))),
                    Value = new R4.Quantity((decimal)Math.Round(week.Sum(r => r.DistanceMeters) / 1000, 2), "km", "http://unitsofmeasure.org"),
                };
                observation.Category.Add(new R4.CodeableConcept("http://terminology.hl7.org/CodeSystem/observation-category", "activity", "Activity"));
                Add(bundle, Urn("distance", $"{runnerId}/{week.Key:yyyy-MM-dd}"), observation);
            }

        }

        if (scopes.HasFlag(ConsentScope.Recovery))
        {
            foreach (var checkIn in await db.CheckIns.OwnedBy(runnerId).OrderBy(c => c.Date).ToListAsync(ct))
            {
                var pain = checkIn.ToDomain();
                var value = pain.PainDuringActivity ?? pain.PainFirstSteps ?? pain.PainAfterActivity ?? pain.PainNextMorning;
                if (value is null)
                {
                    continue;
                }

                var observation = new R4.Observation
                {
                    Status = R4.ObservationStatus.Final,
                    Code = new R4.CodeableConcept("http://loinc.org", PainLoinc, "Pain severity - 0-10 verbal numeric rating [Score] - Reported"),
                    Subject = subject,
                    Effective = new R4.FhirDateTime(checkIn.Date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)),
                    Value = new R4.Integer(value),
                };
                observation.Category.Add(new R4.CodeableConcept("http://terminology.hl7.org/CodeSystem/observation-category", "survey", "Survey"));
                observation.Note.Add(new R4.Annotation { Text = "Worst of the day's check-in pain ratings: during activity, else first steps, after activity or next morning." });
                Add(bundle, Urn("pain", checkIn.Id.ToString()), observation);
            }

            foreach (var record in await db.Questionnaires.OwnedBy(runnerId).OrderBy(q => q.Date).ToListAsync(ct))
            {
                if (!recovery.Questionnaires.TryGetValue(record.Instrument, out var questionnaire))
                {
                    continue;
                }

                var response = new R4.QuestionnaireResponse
                {
                    Status = R4.QuestionnaireResponse.QuestionnaireResponseStatus.Completed,
                    Subject = subject,
                    Authored = record.Date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
                };
                var scores = JsonSerializer.Deserialize<Dictionary<string, double?>>(record.ScoresJson) ?? [];
                foreach (var scale in questionnaire.Scales)
                {
                    var item = new R4.QuestionnaireResponse.ItemComponent { LinkId = scale.Id, Text = $"{questionnaire.Name}: {scale.Name} score" };
                    if (scores.GetValueOrDefault(scale.Id) is { } score)
                    {
                        item.Answer.Add(new R4.QuestionnaireResponse.AnswerComponent { Value = new R4.FhirDecimal((decimal)Math.Round(score, 1)) });
                    }

                    response.Item.Add(item);
                }

                Add(bundle, Urn("questionnaire", record.Id.ToString()), response);
            }

            var enrollment = await db.RecoveryEnrollments.OwnedBy(runnerId).Where(e => e.Active).OrderByDescending(e => e.StartedOn).FirstOrDefaultAsync(ct);
            if (enrollment is not null && recovery.Plans.TryGetValue(enrollment.ConditionId, out var plan))
            {
                var carePlan = new R4.CarePlan
                {
                    Status = R4.RequestStatus.Active,
                    Intent = R4.CarePlan.CarePlanIntent.Plan,
                    Title = plan.Title,
                    Description = $"{plan.Summary} Now: {RecoveryJournal.PositionOf(enrollment).Describe()}.",
                    Subject = subject,
                    Period = new R4.Period { Start = enrollment.StartedOn.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) },
                };
                carePlan.Addresses.AddRange(conditionUrls.TakeLast(1).Select(u => new R4.ResourceReference(u)));
                foreach (var change in await db.PlanChanges.OwnedBy(runnerId).OrderBy(p => p.AtUtc).ToListAsync(ct))
                {
                    carePlan.Note.Add(new R4.Annotation { Text = $"{change.ChangedByName}: {change.Reason}{(change.Exercises is null ? string.Empty : " Exercises: " + change.Exercises)}", Time = CareAccess.Utc(change.AtUtc).ToString("o", System.Globalization.CultureInfo.InvariantCulture) });
                }

                Add(bundle, Urn("careplan", enrollment.Id.ToString()), carePlan);
            }
        }

        return bundle.ToJson(pretty: true);
    }

    private static R4.Condition ConditionOf(string name, DateTimeOffset recorded, R4.ResourceReference subject, R4.ResourceReference? asserter, string note)
    {
        var condition = new R4.Condition
        {
            ClinicalStatus = new R4.CodeableConcept("http://terminology.hl7.org/CodeSystem/condition-clinical", "active", "Active"),
            VerificationStatus = new R4.CodeableConcept("http://terminology.hl7.org/CodeSystem/condition-ver-status", "provisional", "Provisional"),
            Code = new R4.CodeableConcept { Text = name },
            Subject = subject,
            RecordedDate = recorded.ToString("o", System.Globalization.CultureInfo.InvariantCulture),
            Asserter = asserter,
        };
        condition.Note.Add(new R4.Annotation { Text = note });
        return condition;
    }

    private static R4.Appointment.ParticipantComponent Participant(string url) =>
        new() { Actor = new R4.ResourceReference(url), Status = R4.ParticipationStatus.Accepted };

    private static void Add(R4.Bundle bundle, string fullUrl, R4.Resource resource) =>
        bundle.Entry.Add(new R4.Bundle.EntryComponent { FullUrl = fullUrl, Resource = resource });

    /// <summary>A stable urn:uuid for a record, so the same record has the same reference in every export.</summary>
    private static string Urn(string kind, string id)
    {
        // Only the first 16 bytes of SHA-256 are kept: a name-based id, not a secret.
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes($"footfall:{kind}:{id}"))[..16];
        hash[6] = (byte)((hash[6] & 0x0F) | 0x50); // RFC 4122 version 5 layout (name-based)
        hash[8] = (byte)((hash[8] & 0x3F) | 0x80);
        return "urn:uuid:" + new Guid(hash, bigEndian: true).ToString();
    }

}

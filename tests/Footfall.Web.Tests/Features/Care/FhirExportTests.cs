using System.Net;
using System.Net.Http.Json;
using Firely.Fhir.Validation;
using Footfall.Data;
using Footfall.Data.Entities;
using Footfall.Web.Features.Care;
using Footfall.Web.Tests.Support;
using Hl7.Fhir.Model;
using Task = System.Threading.Tasks.Task;
using Hl7.Fhir.Serialization;
using Hl7.Fhir.Specification.Source;
using Hl7.Fhir.Specification.Terminology;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Footfall.Web.Tests.Features.Care;

/// <summary>
/// The runner's FHIR R4 bundle, downloaded over HTTP and validated with Firely's validator against the
/// R4 core profiles (specification.zip): no errors. A clinician gets it only while consent stands.
/// </summary>
public sealed class FhirExportTests(FootfallWebFactory factory) : IClassFixture<FootfallWebFactory>
{
    private static readonly Lazy<Validator> R4Validator = new(() =>
    {
        var source = new CachedResolver(ZipSource.CreateValidationSource());
        return new Validator(source, LocalTerminologyService.CreateDefaultForCore(source));
    });

    [Fact]
    public async Task RunnersBundle_WithEveryKindOfRecord_ValidatesWithoutErrors()
    {
        var world = await CareWorld.CreateAsync(factory);
        var email = $"runner-{Guid.NewGuid():N}@example.com";
        var runner = await WebSession.SignedUpAsync(factory, email);
        var runnerId = await CareSeed.RunnerWithAssessmentAsync(factory, email);
        var slot = (await runner.Client.GetFromJsonAsync<List<CareApi.SlotDto>>(world.SlotsUrl()))![1];
        using var booked = await runner.Client.PostAsJsonAsync("/api/v1/care/bookings", world.BookingFor(slot.Start));
        Assert.Equal(HttpStatusCode.Created, booked.StatusCode);
        await runner.SubmitFormAsync($"/Care/Sharing?practitioner={world.PractitionerId}", new Dictionary<string, string> { ["Recipient"] = $"p:{world.PractitionerId}", ["Parts"] = "All" });
        await SeedRecoveryAsync(runnerId);
        await world.Practitioner.SubmitFormAsync($"/Clinician/Examine/{runnerId}", new Dictionary<string, string> { ["f:clin_slump_positive"] = "yes", ["workingDiagnosis"] = "lumbar_radiculopathy" });
        await world.Practitioner.SubmitFormAsync($"/Clinician/Case/{runnerId}", new Dictionary<string, string> { ["conditionId"] = "lumbar_radiculopathy", ["reason"] = "Back first." }, formIndex: 1);

        using var response = await runner.Client.GetAsync(new Uri("/api/v1/care/fhir", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(FhirExport.MediaType, response.Content.Headers.ContentType?.MediaType);
        var bundle = new FhirJsonDeserializer().Deserialize<Bundle>(await response.Content.ReadAsStringAsync());

        var kinds = bundle.Entry.Select(e => e.Resource!.TypeName).ToHashSet();
        Assert.Superset(new HashSet<string> { "Patient", "Condition", "Observation", "QuestionnaireResponse", "CarePlan", "Appointment", "Practitioner", "Organization", "Location" }, kinds);
        Assert.Contains(bundle.Entry.Select(e => e.Resource).OfType<Observation>(), o => o.Code.Coding.Any(c => c.System == "http://loinc.org" && c.Code == "72514-3"));
        var outcome = R4Validator.Value.Validate(bundle);
        var errors = outcome.Issue.Where(i => i.Severity is OperationOutcome.IssueSeverity.Error or OperationOutcome.IssueSeverity.Fatal).Select(i => $"{i.Location.FirstOrDefault()}: {i.Details?.Text ?? i.Diagnostics}").ToList();
        Assert.Empty(errors);

        // The validator is not idle: an Observation without its required status is an error.
        var broken = R4Validator.Value.Validate(new Observation { Code = new CodeableConcept("http://loinc.org", FhirExport.PainLoinc) });
        Assert.Contains(broken.Issue, i => i.Severity == OperationOutcome.IssueSeverity.Error);

        using var clinician = await world.Practitioner.Client.GetAsync(new Uri($"/api/v1/care/cases/{runnerId}/fhir", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, clinician.StatusCode);
        var stranger = await WebSession.SignedUpAsync(factory);
        using var refused = await stranger.Client.GetAsync(new Uri($"/api/v1/care/cases/{runnerId}/fhir", UriKind.Relative));
        Assert.Equal(HttpStatusCode.NotFound, refused.StatusCode);
    }

    private async Task SeedRecoveryAsync(string runnerId)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<FootfallDbContext>();
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        db.RecoveryEnrollments.Add(new RecoveryEnrollment { Id = Guid.NewGuid(), OwnerId = runnerId, ConditionId = "mortons_neuroma", StartedOn = today.AddDays(-7), StageIndex = 1, StageStartedOn = today.AddDays(-7), Active = true });
        db.CheckIns.Add(new CheckInRecord { Id = Guid.NewGuid(), OwnerId = runnerId, Date = today.AddDays(-1), PainFirstSteps = 3, PainDuringActivity = 4, Decision = "hold", DecisionRule = "test", DecisionReason = "seeded" });
        db.Questionnaires.Add(new QuestionnaireRecord { Id = Guid.NewGuid(), OwnerId = runnerId, Instrument = "lefs", Date = today.AddDays(-2), AnswersJson = "{}", ScoresJson = "{\"lefs\":52}" });
        db.Activities.Add(new ActivityRecord { Id = Guid.NewGuid(), OwnerId = runnerId, StartUtc = DateTime.UtcNow.AddDays(-3), Sport = Footfall.Activities.Sport.Running, DistanceMeters = 8000, DurationSeconds = 2700, ContentHash = Guid.NewGuid().ToString("N"), SourceName = "test.fit", SourceFormat = "fit" });
        await db.SaveChangesAsync();
    }
}

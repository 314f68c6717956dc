using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Footfall.Data;
using Footfall.Web.Features.Care;
using Footfall.Web.Tests.Features.Care;
using Footfall.Web.Tests.Support;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Footfall.Web.Tests.Data.Privacy;

public sealed class AccountDataTests(FootfallWebFactory factory) : IClassFixture<FootfallWebFactory>
{
    [Fact]
    public async Task DownloadMyData_HoldsTheRunnersRecordsAndNobodyElses()
    {
        var alice = await WebSession.SignedUpAsync(factory);
        var bob = await WebSession.SignedUpAsync(factory);
        using var a = await alice.Client.PostAsJsonAsync("/api/v1/shoes", new { name = "Alice trainers" });
        using var b = await bob.Client.PostAsJsonAsync("/api/v1/shoes", new { name = "Bob racers" });

        using var response = await alice.SubmitFormAsync("/Account/Manage", new Dictionary<string, string>(), formIndex: 2);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType!.MediaType);
        Assert.Contains("attachment", response.Content.Headers.ContentDisposition!.DispositionType);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var shoes = json.RootElement.GetProperty("shoes").EnumerateArray().Select(s => s.GetProperty("Name").GetString()).ToList();
        Assert.Equal(["Alice trainers"], shoes);
    }

    [Fact]
    public async Task DownloadMyData_HoldsTheRunnersCareRecords_AndTheFhirBundleIsLinked()
    {
        var world = await CareWorld.CreateAsync(factory);
        var email = $"care-export-{Guid.NewGuid():N}@example.com";
        var runner = await WebSession.SignedUpAsync(factory, email);
        var runnerId = await CareSeed.RunnerWithAssessmentAsync(factory, email);
        var (slot, _) = await world.BookAndShareAllAsync(runner, 2);

        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var services = scope.ServiceProvider;
            Assert.True((await services.GetRequiredService<JoinWaitlist>().RunAsync(runnerId, new JoinWaitlist.Request(world.ClinicId, world.PractitionerId, world.AssessmentTypeId), default)).Succeeded);
            Assert.True((await services.GetRequiredService<RecordExamination>().RunAsync(
                world.PractitionerUserId, runnerId, new RecordExamination.Request(new Dictionary<string, string>(), Subjective: "Burning under the forefoot for three weeks"), default)).Succeeded);
        }

        using var response = await runner.SubmitFormAsync("/Account/Manage", new Dictionary<string, string>(), formIndex: 2);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var care = json.RootElement.GetProperty("care");
        Assert.Equal("footfall-export-v3", json.RootElement.GetProperty("format").GetString());
        Assert.Equal(slot.Start.UtcDateTime, care.GetProperty("bookings").EnumerateArray().Single().GetProperty("StartUtc").GetDateTime());
        Assert.Equal(world.PractitionerId, care.GetProperty("waitlist").EnumerateArray().Single().GetProperty("PractitionerId").GetGuid());
        Assert.Equal("All", care.GetProperty("consents").EnumerateArray().Single().GetProperty("scopes").GetString());
        Assert.Equal("Burning under the forefoot for three weeks", care.GetProperty("examinations").EnumerateArray().Single().GetProperty("Subjective").GetString());
        Assert.Equal(JsonValueKind.Array, care.GetProperty("planChanges").ValueKind);

        // The account page links the same record as a FHIR R4 bundle.
        var page = await runner.GetPageAsync("/Account/Manage");
        var link = page.QuerySelector("a[href='/api/v1/care/fhir']");
        Assert.NotNull(link);
        using var fhir = await runner.Client.GetAsync(new Uri(link.GetAttribute("href")!, UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, fhir.StatusCode);
        Assert.Contains("\"resourceType\": \"Bundle\"", (await fhir.Content.ReadAsStringAsync()).Replace("\":\"", "\": \"", StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Fact]
    public async Task CliExportAndDelete_WorkOnTheSameDatabaseAsTheWebApp()
    {
        var email = $"cli-{Guid.NewGuid():N}@example.com";
        var runner = await WebSession.SignedUpAsync(factory, email);
        using var shoe = await runner.Client.PostAsJsonAsync("/api/v1/shoes", new { name = "CLI shoe" });
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Database:SqlitePath"] = Path.Combine(factory.Folder, "footfall.db"),
        }).Build();

        var (exportCode, exported, _) = await RunCliAsync(configuration, "db", "export", "--user", email);
        var (refusedCode, _, refusal) = await RunCliAsync(configuration, "db", "delete-user", "--user", email);
        var (deleteCode, deleted, _) = await RunCliAsync(configuration, "db", "delete-user", "--user", email, "--yes");
        var (missingCode, _, missing) = await RunCliAsync(configuration, "db", "export", "--user", email);

        Assert.Equal(0, exportCode);
        Assert.Contains("CLI shoe", exported);
        Assert.Equal(2, refusedCode);
        Assert.Contains("--yes", refusal);
        Assert.Equal(0, deleteCode);
        Assert.Contains("Deleted the account", deleted);
        Assert.Equal(1, missingCode);
        Assert.Contains("no account", missing);
        await using var scope = factory.Services.CreateAsyncScope();
        Assert.Empty(scope.ServiceProvider.GetRequiredService<FootfallDbContext>().Shoes.Where(s => s.Name == "CLI shoe"));
    }

    private static Task<(int Code, string Output, string Error)> RunCliAsync(IConfiguration configuration, params string[] args) =>
        CliRun.RunAsync(configuration, args);
}

using System.Net;
using System.Net.Http.Json;
using System.Text;
using Footfall.Data;
using Footfall.Data.Entities;
using Footfall.Web.Tests.Support;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Footfall.Web.Tests.Security;

/// <summary>
/// Every route the app maps (read from its endpoint data source, so a new route is covered without
/// editing this test), requested as an anonymous visitor, as another runner and as the owner of the
/// records it names. Anonymous: 401 (API) or the sign-in page where sign-in is required. Another
/// runner: 404 for the owner's records, and never the owner's text. The owner: the record. Nobody: a 5xx.
/// </summary>
public sealed class RouteCoverageTests(FootfallWebFactory factory) : IClassFixture<FootfallWebFactory>
{
    private const string HeelCase = """{"age": 44, "sex": "female", "evidence": {"loc_heel_plantar_medial": true, "first_steps_pain": true}}""";

    [Fact]
    public async Task EveryRoute_AnswersAnonymousOtherRunnerAndOwnerAsExpected()
    {
        var marker = $"OWNED{Guid.NewGuid():N}";
        var ownerEmail = $"owner-{Guid.NewGuid():N}@example.com";
        var owner = await WebSession.SignedUpAsync(factory, ownerEmail);
        var other = await WebSession.SignedUpAsync(factory);
        var anonymous = WebSession.Create(factory);
        var records = await CreateOwnedRecordsAsync(owner, ownerEmail, marker);

        var endpoints = factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .OrderBy(e => e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods.Contains("DELETE") == true)
            .ThenBy(e => e.RoutePattern.RawText, StringComparer.Ordinal).ToList();
        var failures = new List<string>();
        var covered = 0;
        foreach (var endpoint in endpoints)
        {
            var methods = endpoint.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? ["GET"];
            if (CoveredByCareTests(endpoint.RoutePattern.RawText ?? string.Empty))
            {
                continue;
            }

            var path = Path(endpoint, records, out var recordId);
            if (path is null)
            {
                failures.Add($"{endpoint.RoutePattern.RawText}: no owned record known for its parameters; add one to this test");
                continue;
            }

            var isApi = path.StartsWith("/api/", StringComparison.Ordinal);
            var signInRequired = endpoint.Metadata.GetMetadata<IAuthorizeData>() is not null && endpoint.Metadata.GetMetadata<IAllowAnonymous>() is null;
            foreach (var method in methods)
            {
                covered++;
                var who = $"{method} {path}";
                var asAnonymous = await SendAsync(anonymous, method, path);
                if (signInRequired && !(isApi ? asAnonymous.Status == HttpStatusCode.Unauthorized : asAnonymous.Location?.Contains("/Account/Login?", StringComparison.Ordinal) == true))
                {
                    failures.Add($"{who} as anonymous: {(int)asAnonymous.Status} {asAnonymous.Location}, expected {(isApi ? "401" : "a redirect to sign in")}");
                }

                var asOther = await SendAsync(other, method, path);
                if (recordId is not null && method != "GET" && asOther.Status != HttpStatusCode.NotFound && !(asOther.Status == HttpStatusCode.BadRequest && !isApi))
                {
                    failures.Add($"{who} as another runner: {(int)asOther.Status}, expected 404");
                }

                if (recordId is not null && method == "GET" && asOther.Status != HttpStatusCode.NotFound)
                {
                    failures.Add($"{who} as another runner: {(int)asOther.Status}, expected 404");
                }

                if (asOther.Body.Contains(marker, StringComparison.Ordinal))
                {
                    failures.Add($"{who} as another runner: the answer holds the owner's text");
                }

                var asOwner = await SendAsync(owner, method, path);
                if (signInRequired && asOwner.Status is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden or HttpStatusCode.NotFound)
                {
                    failures.Add($"{who} as the owner: {(int)asOwner.Status}");
                }

                if (recordId is not null && method == "GET" && asOwner.Status != HttpStatusCode.OK)
                {
                    failures.Add($"{who} as the owner: {(int)asOwner.Status}, expected the record");
                }

                foreach (var (name, answer) in new[] { ("anonymous", asAnonymous), ("another runner", asOther), ("the owner", asOwner) })
                {
                    if ((int)answer.Status >= 500)
                    {
                        failures.Add($"{who} as {name}: {(int)answer.Status}");
                    }
                }
            }
        }

        Assert.True(covered > 40, $"only {covered} route and method pairs found");
        Assert.True(failures.Count == 0, string.Join('\n', failures));
    }

    /// <summary>
    /// The care routes belong to a clinic's roles (admin, practitioner) and to a runner's consent, which
    /// this runner-and-owner walk cannot stand for; their access rules are tested route by route in
    /// Features/Care (CareHttpTests, BookingRaceTests, FhirExportTests). TODO: give this test a clinic, a
    /// practitioner and a consent so that the care routes are walked here too.
    /// </summary>
    private static bool CoveredByCareTests(string route) =>
        route.StartsWith("/api/v1/care", StringComparison.Ordinal) || route.StartsWith("api/v1/care", StringComparison.Ordinal)
        || route.StartsWith("Care/", StringComparison.Ordinal) || route.StartsWith("Clinician", StringComparison.Ordinal)
        || route.StartsWith("Clinics/", StringComparison.Ordinal);

    private async Task<Dictionary<string, string>> CreateOwnedRecordsAsync(WebSession owner, string email, string marker)
    {
        using var shoe = await owner.Client.PostAsJsonAsync("/api/v1/shoes", new { name = marker + " shoe" });
        var shoeId = (await shoe.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>()).GetProperty("id").GetString()!;
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<FootfallDbContext>();
        var ownerId = (await db.Users.SingleAsync(u => u.Email == email)).Id;
        var activity = new ActivityRecord
        {
            Id = Guid.NewGuid(), OwnerId = ownerId, Sport = Footfall.Activities.Sport.Running, StartUtc = DateTime.UtcNow.AddDays(-2), DurationSeconds = 1800,
            DistanceMeters = 5000, SourceFormat = "fit", SourceName = marker + ".fit", ContentHash = Guid.NewGuid().ToString("N"),
        };
        var assessment = new SavedAssessment
        {
            Id = Guid.NewGuid(), OwnerId = ownerId, CreatedAtUtc = DateTime.UtcNow, CaseJson = HeelCase, ResultJson = "{}", Triage = "self_care",
        };
        var import = new ImportJob
        {
            Id = Guid.NewGuid(), OwnerId = ownerId, State = ImportJobStates.Finished, CreatedAtUtc = DateTime.UtcNow, FinishedAtUtc = DateTime.UtcNow,
            FilesDone = 1, FilesTotal = 1, SkippedCount = 1,
            DetailsJson = "{\"Skipped\":[{\"Name\":\"" + marker + ".fit\",\"Reason\":\"damaged\"}],\"Partial\":[],\"LeftOut\":[]}",
        };
        db.Activities.Add(activity);
        db.Assessments.Add(assessment);
        db.ImportJobs.Add(import);
        await db.SaveChangesAsync();
        return new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
        {
            ["api/v1/shoes"] = shoeId,
            ["api/v1/activities"] = activity.Id.ToString(),
            ["History/Activity"] = activity.Id.ToString(),
            ["History/Import"] = import.Id.ToString(),
            ["Assess/View"] = assessment.Id.ToString(),
        };
    }

    /// <summary>The route with its parameters filled in from the owner's records; null when a required one is unknown.</summary>
    private static string? Path(RouteEndpoint endpoint, Dictionary<string, string> records, out string? recordId)
    {
        recordId = null;
        var segments = new List<string>();
        foreach (var segment in endpoint.RoutePattern.PathSegments)
        {
            var text = new StringBuilder();
            foreach (var part in segment.Parts)
            {
                switch (part)
                {
                    case Microsoft.AspNetCore.Routing.Patterns.RoutePatternLiteralPart literal:
                        text.Append(literal.Content);
                        break;
                    case Microsoft.AspNetCore.Routing.Patterns.RoutePatternParameterPart { IsOptional: true }:
                        break;
                    case Microsoft.AspNetCore.Routing.Patterns.RoutePatternParameterPart { Name: "documentName" }:
                        text.Append("v1");
                        break;
                    case Microsoft.AspNetCore.Routing.Patterns.RoutePatternParameterPart:
                        var prefix = string.Join('/', segments);
                        if (!records.TryGetValue(prefix, out var id))
                        {
                            return null;
                        }

                        recordId = id;
                        text.Append(id);
                        break;
                }
            }

            if (text.Length > 0)
            {
                segments.Add(text.ToString());
            }
        }

        return "/" + string.Join('/', segments);
    }

    private static async Task<(HttpStatusCode Status, string? Location, string Body)> SendAsync(WebSession session, string method, string path)
    {
        using var request = new HttpRequestMessage(new HttpMethod(method), new Uri(path, UriKind.Relative));
        if (method is "POST" or "PUT" or "PATCH")
        {
            var body = path.Contains("assessments", StringComparison.Ordinal) || path.Contains("interview", StringComparison.Ordinal)
                ? HeelCase
                : path.Contains("shoe", StringComparison.Ordinal) ? """{"name": "Route check", "shoeId": null}""" : "{}";
            request.Content = new StringContent(body, Encoding.UTF8, "application/json");
        }

        using var response = await session.Client.SendAsync(request);
        return (response.StatusCode, response.Headers.Location?.OriginalString, await response.Content.ReadAsStringAsync());
    }
}

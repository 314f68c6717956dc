using System.Net;
using System.Net.Http.Json;
using System.Text;
using Footfall.Data;
using Footfall.Data.Entities;
using Footfall.Web.Features.Care;
using Footfall.Web.Tests.Features.Care;
using Footfall.Web.Tests.Support;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Footfall.Web.Tests.Security;

/// <summary>
/// Every route the app maps (read from its endpoint data source, so a new route is covered without
/// editing this test), requested as an anonymous visitor, as another runner, as a clinician the runner
/// has not shared with, and as the owner of the records it names: the runner for their own records,
/// the practitioner they shared with for the clinician's view of them, the clinic's admin for the clinic.
/// Deny by default: every route not marked AllowAnonymous answers anonymous visitors 401 (API) or the
/// sign-in page. Anyone but the owner: 404 for the owner's records, and never the owner's text. The
/// owner: the record. Nobody: a 5xx. Routes without an owner are the public ones (the assessment, the
/// practitioner directory and free times, the account pages before sign-in, health and OpenAPI): they
/// serve anonymous visitors and show no runner's records to anyone.
/// </summary>
public sealed class RouteCoverageTests(ManyRunnersWebFactory factory) : IClassFixture<ManyRunnersWebFactory>
{
    private const string HeelCase = """{"age": 44, "sex": "female", "evidence": {"loc_heel_plantar_medial": true, "first_steps_pain": true}}""";

    /// <summary>Who owns the records behind a route.</summary>
    private enum Owner
    {
        Runner,
        Practitioner,
        ClinicAdmin,
    }

    [Fact]
    public async Task EveryRoute_AnswersAnonymousStrangersAndOwnerAsExpected()
    {
        var marker = $"OWNED{Guid.NewGuid():N}";
        var ownerEmail = $"owner-{Guid.NewGuid():N}@example.com";
        var world = await CareWorld.CreateAsync(factory);
        var strangerClinic = await CareWorld.CreateAsync(factory);
        var runner = await WebSession.SignedUpAsync(factory, ownerEmail);
        var other = await WebSession.SignedUpAsync(factory);
        var anonymous = WebSession.Create(factory);
        var records = await CreateOwnedRecordsAsync(runner, ownerEmail, marker, world);
        var slots = (await runner.Client.GetFromJsonAsync<List<CareApi.SlotDto>>(world.SlotsUrl()))!;
        var bodies = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["/api/v1/care/bookings"] = System.Text.Json.JsonSerializer.Serialize(world.BookingFor(slots[^1].Start)),
        };
        var owners = new Dictionary<Owner, WebSession> { [Owner.Runner] = runner, [Owner.Practitioner] = world.Practitioner, [Owner.ClinicAdmin] = world.Admin };
        var strangers = new[] { ("another runner", other), ("a clinician without consent", strangerClinic.Practitioner) };

        var endpoints = factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .OrderBy(e => e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods.Contains("DELETE") == true)
            .ThenBy(e => e.RoutePattern.RawText, StringComparer.Ordinal).ToList();
        var failures = new List<string>();
        var covered = 0;
        foreach (var endpoint in endpoints)
        {
            var methods = endpoint.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? ["GET"];
            var path = Path(endpoint, records, out var recordId);
            if (path is null)
            {
                failures.Add($"{endpoint.RoutePattern.RawText}: no owned record known for its parameters; add one to this test");
                continue;
            }

            var isApi = path.StartsWith("/api/", StringComparison.Ordinal);
            var isPublic = endpoint.Metadata.GetMetadata<IAllowAnonymous>() is not null;
            var owner = owners[OwnerOf(path)];
            foreach (var method in methods)
            {
                covered++;
                var who = $"{method} {path}";
                var asAnonymous = await SendAsync(anonymous, method, path, bodies);
                if (!isPublic && !(isApi ? asAnonymous.Status == HttpStatusCode.Unauthorized : asAnonymous.Location?.Contains("/Account/Login?", StringComparison.Ordinal) == true))
                {
                    failures.Add($"{who} as anonymous: {(int)asAnonymous.Status} {asAnonymous.Location}, expected {(isApi ? "401" : "a redirect to sign in")} (not marked AllowAnonymous)");
                }

                var answers = new List<(string Name, (HttpStatusCode Status, string? Location, string Body) Answer)> { ("anonymous", asAnonymous) };
                foreach (var (name, stranger) in strangers)
                {
                    var asStranger = await SendAsync(stranger, method, path, bodies);
                    answers.Add((name, asStranger));
                    if (recordId is not null && !isPublic && asStranger.Status != HttpStatusCode.NotFound && !(method != "GET" && asStranger.Status == HttpStatusCode.BadRequest && !isApi))
                    {
                        failures.Add($"{who} as {name}: {(int)asStranger.Status}, expected 404");
                    }

                    if (asStranger.Body.Contains(marker, StringComparison.Ordinal))
                    {
                        failures.Add($"{who} as {name}: the answer holds the owner's text");
                    }

                    // A public page (a community question) names its author by display name only.
                    if (asStranger.Body.Contains(ownerEmail, StringComparison.OrdinalIgnoreCase))
                    {
                        failures.Add($"{who} as {name}: the answer holds the owner's email");
                    }
                }

                var asOwner = await SendAsync(owner, method, path, bodies);
                answers.Add(("the owner", asOwner));
                if (!isPublic && asOwner.Status is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden or HttpStatusCode.NotFound)
                {
                    failures.Add($"{who} as the owner ({OwnerOf(path)}): {(int)asOwner.Status}");
                }

                if (recordId is not null && method == "GET" && asOwner.Status != HttpStatusCode.OK)
                {
                    failures.Add($"{who} as the owner ({OwnerOf(path)}): {(int)asOwner.Status}, expected the record");
                }

                if (isPublic && asAnonymous.Status is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden)
                {
                    failures.Add($"{who} is marked public but refuses anonymous visitors: {(int)asAnonymous.Status}");
                }

                foreach (var (name, answer) in answers)
                {
                    if ((int)answer.Status >= 500)
                    {
                        failures.Add($"{who} as {name}: {(int)answer.Status}");
                    }
                }
            }
        }

        Assert.True(covered > 60, $"only {covered} route and method pairs found");
        Assert.True(failures.Count == 0, string.Join('\n', failures));
    }

    [Fact]
    public async Task FallbackPolicy_RefusesAnAnonymousVisitorOnAnEndpointThatSaysNothing_AndAdmitsASignedInOne()
    {
        var options = factory.Services.GetRequiredService<Microsoft.Extensions.Options.IOptions<AuthorizationOptions>>().Value;
        var authorization = factory.Services.GetRequiredService<IAuthorizationService>();
        var endpoint = new Endpoint(_ => Task.CompletedTask, new EndpointMetadataCollection(), "says nothing about access");
        var http = new Microsoft.AspNetCore.Http.DefaultHttpContext();
        http.SetEndpoint(endpoint);
        var anonymous = new System.Security.Claims.ClaimsPrincipal(new System.Security.Claims.ClaimsIdentity());
        var signedIn = new System.Security.Claims.ClaimsPrincipal(new System.Security.Claims.ClaimsIdentity([new System.Security.Claims.Claim("sub", "x")], "cookie"));

        Assert.NotNull(options.FallbackPolicy);
        Assert.False((await authorization.AuthorizeAsync(anonymous, http, options.FallbackPolicy)).Succeeded);
        Assert.True((await authorization.AuthorizeAsync(signedIn, http, options.FallbackPolicy)).Succeeded);
    }

    [Fact]
    public void PublicRoutes_AreExactlyTheOnesMeantToBe()
    {
        var open = factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<IAllowAnonymous>() is not null)
            .Select(e => "/" + (e.RoutePattern.RawText ?? string.Empty).TrimStart('/'))
            .Distinct().Order(StringComparer.Ordinal).ToList();
        string[] meant =
        [
            "/", "/About",
            "/Account/CheckEmail", "/Account/ConfirmEmail", "/Account/Deleted", "/Account/ForgotPassword", "/Account/Login",
            "/Account/LoginWith2fa", "/Account/Logout", "/Account/Register", "/Account/ResetPassword",
            "/Assess/Index/{step:int?}", "/Assess/Result", "/Assess/Save", "/Assess/Summary", "/Assess/{step:int?}",
            "/Care/Find", "/Care/Practitioner/{id:guid}",
            "/Community", "/Community/Index", "/Community/Question/{id:guid}",
            "/Contact", "/Error", "/Guides/Index/{id?}", "/Guides/{id?}", "/Index",
            "/Learn", "/Learn/Class", "/Learn/FormCheck", "/Learn/Index", "/Learn/ShoeCheck",
            "/Newsletter", "/Newsletter/Confirm", "/Newsletter/Index", "/Newsletter/Unsubscribe",
            "/Privacy",
            "/Recovery/Exercises/{id?}",
            "/api/v1/assessments",
            "/api/v1/care/clinics/{clinicId:guid}/practitioners/{practitionerId:guid}/slots", "/api/v1/care/practitioners",
            "/Terms",
            "/api/v1/interview",
            "/healthz", "/healthz/live", "/healthz/ready", "/openapi/{documentName}.json",
        ];
        Assert.True(meant.Order(StringComparer.Ordinal).SequenceEqual(open), "public routes: " + string.Join(", ", open));
    }

    /// <summary>Clinician pages and the shared-case API belong to the practitioner shared with; the clinic's page to its admin; the rest to the runner.</summary>
    private static Owner OwnerOf(string path) =>
        path.StartsWith("/Clinician", StringComparison.Ordinal) || path.StartsWith("/api/v1/care/cases", StringComparison.Ordinal) ? Owner.Practitioner
        : path.StartsWith("/Clinics/Manage", StringComparison.Ordinal) ? Owner.ClinicAdmin
        : Owner.Runner;

    private async Task<Dictionary<string, string>> CreateOwnedRecordsAsync(WebSession owner, string email, string marker, CareWorld world)
    {
        using var shoe = await owner.Client.PostAsJsonAsync("/api/v1/shoes", new { name = marker + " shoe" });
        var shoeId = (await shoe.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>()).GetProperty("id").GetString()!;
        var ownerId = await CareSeed.RunnerWithAssessmentAsync(factory, email);

        var (_, bookingId) = await world.BookAndShareAllAsync(owner, 1);

        await using var scope = factory.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var db = services.GetRequiredService<FootfallDbContext>();
        var activity = new ActivityRecord
        {
            Id = Guid.NewGuid(), OwnerId = ownerId, Sport = Footfall.Activities.Sport.Running, StartUtc = DateTime.UtcNow.AddDays(-2), DurationSeconds = 1800,
            DistanceMeters = 5000, SourceFormat = "fit", SourceName = marker + ".fit", ContentHash = Guid.NewGuid().ToString("N"),
        };
        var question = new CommunityPost { Id = Guid.NewGuid(), AuthorId = ownerId, Title = "A public question", Body = "Asked under a display name.", CreatedAtUtc = DateTime.UtcNow };
        db.CommunityProfiles.Add(new CommunityProfile { UserId = ownerId, DisplayName = "Route runner", NormalizedName = "ROUTE RUNNER" });
        db.CommunityPosts.Add(question);
        db.Activities.Add(activity);
        var import = new ImportJob
        {
            Id = Guid.NewGuid(), OwnerId = ownerId, State = ImportJobStates.Finished, CreatedAtUtc = DateTime.UtcNow, FinishedAtUtc = DateTime.UtcNow,
            FilesDone = 1, FilesTotal = 1, SkippedCount = 1,
            DetailsJson = "{\"Skipped\":[{\"Name\":\"" + marker + ".fit\",\"Reason\":\"damaged\"}],\"Partial\":[],\"LeftOut\":[]}",
        };
        db.ImportJobs.Add(import);
        await db.SaveChangesAsync();
        var assessmentId = (await db.Assessments.SingleAsync(a => a.OwnerId == ownerId)).Id;
        var examination = await services.GetRequiredService<RecordExamination>().RunAsync(
            world.PractitionerUserId, ownerId, new RecordExamination.Request(new Dictionary<string, string>(), Subjective: marker + " exam"), default);
        Assert.True(examination.Succeeded);

        // The owner also moderates and edits, so the role pages are walked as someone who may use them.
        var grant = services.GetRequiredService<Footfall.Web.Features.Community.GrantRole.Handler>();
        foreach (var role in new[] { "moderator", "editor" })
        {
            Assert.True((await grant.HandleAsync(new(email, role), "operator:test", default)).Succeeded);
        }

        return new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
        {
            ["api/v1/shoes"] = shoeId,
            ["api/v1/activities"] = activity.Id.ToString(),
            ["History/Activity"] = activity.Id.ToString(),
            ["Community/Question"] = question.Id.ToString(),
            ["Assess/View"] = assessmentId.ToString(),
            ["api/v1/care/bookings"] = bookingId.ToString(),
            ["api/v1/care/cases"] = ownerId,
            ["Clinician/Case"] = ownerId,
            ["Clinician/Examine"] = ownerId,
            ["Clinician/Examination"] = examination.Value!.Id.ToString(),
            ["Clinics/Manage"] = world.ClinicId.ToString(),
            ["Care/Practitioner"] = world.PractitionerId.ToString(),
            ["api/v1/care/clinics"] = world.ClinicId.ToString(),
            ["api/v1/care/clinics/{clinicId}/practitioners"] = world.PractitionerId.ToString(),
            ["?api/v1/care/clinics/{clinicId}/practitioners/{practitionerId}/slots"] = $"?type={world.FollowUpTypeId}",
            ["History/Import"] = import.Id.ToString(),
        };
    }

    /// <summary>
    /// The route with its parameters filled in from the owner's records, found by the route's text before the
    /// parameter (<c>api/v1/care/clinics/{clinicId}/practitioners</c>), and the query string a record needs
    /// (key <c>?</c> and the route's text); null when a required parameter is unknown.
    /// </summary>
    private static string? Path(RouteEndpoint endpoint, Dictionary<string, string> records, out string? recordId)
    {
        recordId = null;
        var segments = new List<string>();
        var template = new List<string>();
        foreach (var segment in endpoint.RoutePattern.PathSegments)
        {
            var text = new StringBuilder();
            var templateText = new StringBuilder();
            foreach (var part in segment.Parts)
            {
                switch (part)
                {
                    case Microsoft.AspNetCore.Routing.Patterns.RoutePatternLiteralPart literal:
                        text.Append(literal.Content);
                        templateText.Append(literal.Content);
                        break;
                    case Microsoft.AspNetCore.Routing.Patterns.RoutePatternParameterPart { IsOptional: true }:
                        break;
                    case Microsoft.AspNetCore.Routing.Patterns.RoutePatternParameterPart { Name: "documentName" }:
                        text.Append("v1");
                        templateText.Append("v1");
                        break;
                    case Microsoft.AspNetCore.Routing.Patterns.RoutePatternParameterPart parameter:
                        if (!records.TryGetValue(string.Join('/', template), out var id))
                        {
                            return null;
                        }

                        recordId ??= id;
                        text.Append(id);
                        templateText.Append('{').Append(parameter.Name).Append('}');
                        break;
                }
            }

            if (text.Length > 0)
            {
                segments.Add(text.ToString());
                template.Add(templateText.ToString());
            }
        }

        var query = records.TryGetValue("?" + string.Join('/', template), out var q) ? q : string.Empty;
        return "/" + string.Join('/', segments) + query;
    }

    private static async Task<(HttpStatusCode Status, string? Location, string Body)> SendAsync(WebSession session, string method, string path, Dictionary<string, string> bodies)
    {
        using var request = new HttpRequestMessage(new HttpMethod(method), new Uri(path, UriKind.Relative));
        if (method is "POST" or "PUT" or "PATCH")
        {
            var body = bodies.TryGetValue(path, out var known) ? known
                : path.Contains("assessments", StringComparison.Ordinal) || path.Contains("interview", StringComparison.Ordinal)
                ? HeelCase
                : path.Contains("shoe", StringComparison.Ordinal) ? """{"name": "Route check", "shoeId": null}""" : "{}";
            request.Content = new StringContent(body, Encoding.UTF8, "application/json");
        }

        using var response = await session.Client.SendAsync(request);
        return (response.StatusCode, response.Headers.Location?.OriginalString, await response.Content.ReadAsStringAsync());
    }
}

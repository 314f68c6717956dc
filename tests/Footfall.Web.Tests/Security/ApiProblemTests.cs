using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Footfall.Web.Infrastructure;
using Footfall.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Footfall.Web.Tests.Security;

/// <summary>Issue 12: every API error is a problem details object that says what was wrong.</summary>
public sealed class ApiProblemTests(FootfallWebFactory factory) : IClassFixture<FootfallWebFactory>
{
    [Theory]
    [InlineData("/api/v1/activities?page=99999999999", "page")]
    [InlineData("/api/v1/activities?from=garbage", "from")]
    [InlineData("/api/v1/shoes/not-a-guid", null)]
    public async Task BadQueryOrRoute_Is400Or404Problem_NamingTheParameter(string path, string? parameter)
    {
        var runner = await WebSession.SignedUpAsync(factory);

        using var response = await runner.Client.GetAsync(new Uri(path, UriKind.Relative));

        var problem = await ProblemAsync(response);
        if (parameter is null)
        {
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        }
        else
        {
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            Assert.Contains(parameter, problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task MalformedJson_Is400Problem()
    {
        var runner = await WebSession.SignedUpAsync(factory);

        using var response = await runner.Client.PostAsync(new Uri("/api/v1/shoes", UriKind.Relative), new StringContent("{\"name\": ", Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("JSON", (await ProblemAsync(response)).GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("1e308")]
    [InlineData("NaN")]
    [InlineData("-5")]
    public async Task OutOfRangeDistance_Is400Problem(string distance)
    {
        var runner = await WebSession.SignedUpAsync(factory);

        using var response = await runner.Client.PostAsync(new Uri("/api/v1/shoes", UriKind.Relative),
            new StringContent($"{{\"name\": \"Trail\", \"initialDistanceKm\": {distance}}}", Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        await ProblemAsync(response);
    }

    [Fact]
    public async Task WrongContentType_Is415Problem_AndOversizedBody_Is413Problem()
    {
        var runner = await WebSession.SignedUpAsync(factory);

        using var text = await runner.Client.PostAsync(new Uri("/api/v1/shoes", UriKind.Relative), new StringContent("name=Trail", Encoding.UTF8, "text/plain"));
        using var huge = await runner.Client.PostAsync(new Uri("/api/v1/shoes", UriKind.Relative),
            new StringContent("{\"name\": \"" + new string('x', 2 * 1024 * 1024) + "\"}", Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, text.StatusCode);
        await ProblemAsync(text);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, huge.StatusCode);
        await ProblemAsync(huge);
    }

    [Fact]
    public async Task Anonymous_Is401Problem_AndUnknownRoute_Is404Problem()
    {
        var anonymous = factory.CreateClient(new() { AllowAutoRedirect = false });

        using var unauthorised = await anonymous.GetAsync(new Uri("/api/v1/shoes", UriKind.Relative));
        using var missing = await anonymous.GetAsync(new Uri("/api/v1/no-such-thing", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Unauthorized, unauthorised.StatusCode);
        Assert.Equal(401, (await ProblemAsync(unauthorised)).GetProperty("status").GetInt32());
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        await ProblemAsync(missing);
    }

    [Fact]
    public void UniqueViolation_Is409()
    {
        var violation = new DbUpdateException("save", new Microsoft.Data.Sqlite.SqliteException("UNIQUE constraint failed", 19));

        Assert.Equal(409, ApiErrors.Describe(violation).Status);
        Assert.Equal(500, ApiErrors.Describe(new InvalidOperationException()).Status);
    }

    [Fact]
    public async Task AnonymousAssessmentApi_IsRateLimitedPerClient_With429Problem()
    {
        using var limited = new FootfallWebFactory(new Dictionary<string, string?> { ["RateLimiting:AssessmentPermitsPerMinute"] = "3" });
        var client = limited.CreateClient();
        var statuses = new List<HttpStatusCode>();
        HttpResponseMessage? last = null;
        for (var i = 0; i < 4; i++)
        {
            last?.Dispose();
            last = await client.PostAsync(new Uri("/api/v1/assessments", UriKind.Relative),
                new StringContent("""{"age": 40, "sex": "female", "evidence": {"first_steps_pain": true}}""", Encoding.UTF8, "application/json"));
            statuses.Add(last.StatusCode);
        }

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], statuses);
        Assert.NotNull(last!.Headers.RetryAfter);
        await ProblemAsync(last);
        last.Dispose();
    }

    [Fact]
    public async Task OpenApi_DescribesTheCookieSchemeAndTheProblemResponses()
    {
        using var response = await factory.CreateClient().GetAsync(new Uri("/openapi/v1.json", UriKind.Relative));
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var root = json.RootElement;

        var scheme = root.GetProperty("components").GetProperty("securitySchemes").GetProperty(ApiDescription.CookieScheme);
        Assert.Equal("apiKey", scheme.GetProperty("type").GetString());
        Assert.Equal("cookie", scheme.GetProperty("in").GetString());
        var listShoes = root.GetProperty("paths").GetProperty("/api/v1/shoes").GetProperty("get");
        Assert.True(listShoes.GetProperty("responses").TryGetProperty("401", out var unauthorised));
        Assert.True(unauthorised.GetProperty("content").TryGetProperty("application/problem+json", out _));
        Assert.Equal(ApiDescription.CookieScheme, listShoes.GetProperty("security")[0].EnumerateObject().Single().Name);
        var createShoe = root.GetProperty("paths").GetProperty("/api/v1/shoes").GetProperty("post").GetProperty("responses");
        foreach (var status in new[] { "400", "409", "413", "415" })
        {
            Assert.True(createShoe.TryGetProperty(status, out _), $"POST /api/v1/shoes documents {status}");
        }

        var assess = root.GetProperty("paths").GetProperty("/api/v1/assessments").GetProperty("post").GetProperty("responses");
        Assert.True(assess.TryGetProperty("429", out _));
    }

    private static async Task<JsonElement> ProblemAsync(HttpResponseMessage response)
    {
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var root = json.RootElement.Clone();
        Assert.True(root.TryGetProperty("title", out _));
        Assert.True(root.TryGetProperty("status", out _));
        return root;
    }
}

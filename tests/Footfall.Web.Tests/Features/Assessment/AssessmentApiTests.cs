using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Footfall.Web.Tests.Support;

namespace Footfall.Web.Tests.Features.Assessment;

public sealed class AssessmentApiTests(FootfallWebFactory factory) : IClassFixture<FootfallWebFactory>
{
    private const string HeelCase = """
        {"age": 44, "sex": "female", "evidence": {"loc_heel_plantar_medial": true, "first_steps_pain": true, "windlass_pain": true, "duration_weeks": 8}}
        """;

    [Fact]
    public async Task Assess_ValidCase_ReturnsRankedCausesTriageAndNotice()
    {
        using var response = await PostAsync("/api/v1/assessments", HeelCase);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var root = json.RootElement;
        Assert.Equal("self_care", root.GetProperty("triage").GetString());
        var top = root.GetProperty("conditions")[0];
        Assert.Equal("plantar_fasciitis", top.GetProperty("id").GetString());
        Assert.Contains("windlass_pain", top.GetProperty("supporting").EnumerateArray().Select(e => e.GetString()));
        Assert.Contains("not a diagnosis", root.GetProperty("notice").GetString());
    }

    [Fact]
    public async Task Interview_AgeAndSexOnly_AsksAWarningSignFirst()
    {
        using var response = await PostAsync("/api/v1/interview", """{"age": 30, "sex": "male", "evidence": {}}""");

        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.False(json.RootElement.GetProperty("should_stop").GetBoolean());
        var next = json.RootElement.GetProperty("next_question");
        Assert.False(string.IsNullOrEmpty(next.GetProperty("id").GetString()));
        Assert.False(string.IsNullOrEmpty(next.GetProperty("text").GetString()));
    }

    [Fact]
    public async Task Assess_EmergencyFinding_IsTriagedAsEmergencyWhateverElseIsSaid()
    {
        using var response = await PostAsync("/api/v1/assessments", """
            {"age": 60, "sex": "female", "evidence": {"loc_heel_plantar_medial": true, "first_steps_pain": true, "windlass_pain": true, "pale_cold_foot": true}}
            """);

        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Contains(json.RootElement.GetProperty("triage").GetString(), new[] { "emergency", "emergency_ambulance" });
        Assert.NotEqual(0, json.RootElement.GetProperty("red_flags").GetArrayLength());
    }

    [Theory]
    [InlineData("""{"age": 44, "sex": "female", "evidence": {"no_such_finding": true}}""", "no_such_finding")]
    [InlineData("""{"age": 44, "sex": "female", "evidence": {"first_steps_pain": 3}}""", "first_steps_pain")]
    [InlineData("""{"age": 44, "sex": "female", "evidence": {"duration_weeks": true}}""", "duration_weeks")]
    [InlineData("""{"age": 4, "sex": "female", "evidence": {}}""", "age")]
    [InlineData("""{"age": 44, "evidence": {}}""", "sex")]
    [InlineData("""{"age": 44, "sex": "female", "evidence": {"pain_now": 99}}""", "pain_now")]
    [InlineData("""not json""", "$")]
    public async Task Assess_MalformedCase_IsAProblemDetailsNamingTheKey(string body, string key)
    {
        using var response = await PostAsync("/api/v1/assessments", body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var named = json.RootElement.GetProperty("errors").EnumerateObject().Select(p => p.Name).ToList();
        Assert.True(named.Any(n => n == key || n.EndsWith("." + key, StringComparison.Ordinal)), $"errors should name '{key}': {json.RootElement}");
    }

    [Fact]
    public async Task Assess_AnswerIsSentWholeAndNeverCached_ForStrangersAndSignedInRunners()
    {
        var session = await WebSession.SignedUpAsync(factory);
        foreach (var client in new[] { factory.CreateClient(), session.Client })
        {
            using var response = await client.PostAsync(new Uri("/api/v1/assessments", UriKind.Relative), new StringContent(HeelCase, Encoding.UTF8, "application/json"));

            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var body = await response.Content.ReadAsByteArrayAsync();
            Assert.Equal(body.Length, response.Content.Headers.ContentLength);
            Assert.Equal("application/json", response.Content.Headers.ContentType!.MediaType);
            Assert.True(response.Headers.CacheControl?.NoStore, "an assessment is health data: no-store");
            Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
            using var json = JsonDocument.Parse(body);
            Assert.Equal("plantar_fasciitis", json.RootElement.GetProperty("conditions")[0].GetProperty("id").GetString());
        }
    }

    [Fact]
    public async Task Assess_Problem_NamesTheKeyOnceInItsDetail()
    {
        using var response = await PostAsync("/api/v1/assessments", """{"age": 44, "evidence": {}}""");

        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("sex: is required", json.RootElement.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task OpenApi_DescribesAssessmentAndInterview()
    {
        var doc = await factory.CreateClient().GetStringAsync(new Uri("/openapi/v1.json", UriKind.Relative));

        Assert.Contains("/api/v1/assessments", doc);
        Assert.Contains("/api/v1/interview", doc);
    }

    private async Task<HttpResponseMessage> PostAsync(string path, string json) =>
        await factory.CreateClient().PostAsync(new Uri(path, UriKind.Relative), new StringContent(json, Encoding.UTF8, "application/json"));
}

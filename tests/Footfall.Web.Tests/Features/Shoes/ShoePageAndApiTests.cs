using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Footfall.Web.Features.Shoes;
using Footfall.Web.Tests.Features.History;
using Footfall.Web.Tests.Support;

namespace Footfall.Web.Tests.Features.Shoes;

/// <summary>
/// The shoes page and <c>/api/v1/shoes</c> go through the same use cases, so a runner gets the same answer
/// for the same mistake whichever they use: the page shows the API's problem-details message word for word.
/// </summary>
public abstract class ShoePageAndApiTests<TFactory>(TFactory factory) : IClassFixture<TFactory>
    where TFactory : FootfallWebFactory
{
    [Fact]
    public async Task UnknownShoe_IsNotFoundOnThePageAndInTheApi()
    {
        var runner = await WebSession.SignedUpAsync(factory);
        var unknown = Guid.NewGuid();

        using var pageRetire = await runner.PostFormAsync("/Shoes", $"/Shoes?handler=Retire&id={unknown}", new Dictionary<string, string> { ["retire"] = "true" });
        using var pageAssign = await runner.PostFormAsync("/Shoes", "/Shoes?handler=Assign", new Dictionary<string, string> { ["shoeId"] = unknown.ToString() });
        using var apiRetire = await runner.Client.PostAsJsonAsync($"/api/v1/shoes/{unknown}/retire", new { retire = true });
        using var apiAssign = await runner.Client.PostAsJsonAsync($"/api/v1/shoes/{unknown}/runs", new { });
        using var apiUpdate = await runner.Client.PutAsJsonAsync($"/api/v1/shoes/{unknown}", new { name = "Ghost" });

        Assert.Equal(HttpStatusCode.NotFound, pageRetire.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, pageAssign.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, apiRetire.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, apiAssign.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, apiUpdate.StatusCode);
    }

    [Fact]
    public async Task OverlongName_GetsTheSameMessageFromThePageAndTheApi()
    {
        var runner = await WebSession.SignedUpAsync(factory);
        var name = new string('x', 101);

        var (pageStatus, pageErrors) = await CreateOnPageAsync(runner, name, "0");
        var (apiStatus, apiErrors) = await CreateInApiAsync(runner, name, 0);

        Assert.Equal(HttpStatusCode.OK, pageStatus);
        Assert.Equal(HttpStatusCode.BadRequest, apiStatus);
        var message = Assert.Single(apiErrors["name"]);
        Assert.Equal("Keep the name to 100 characters (it has 101).", message);
        Assert.Equal([message], pageErrors);
        Assert.Empty(await runner.Client.GetFromJsonAsync<List<ShoesApi.ShoeDto>>("/api/v1/shoes") ?? []);
    }

    [Fact]
    public async Task NegativeDistance_GetsTheSameMessageFromThePageAndTheApi()
    {
        var runner = await WebSession.SignedUpAsync(factory);

        var (pageStatus, pageErrors) = await CreateOnPageAsync(runner, "Pegasus 40", "-5");
        var (apiStatus, apiErrors) = await CreateInApiAsync(runner, "Pegasus 40", -5);

        Assert.Equal(HttpStatusCode.OK, pageStatus);
        Assert.Equal(HttpStatusCode.BadRequest, apiStatus);
        var message = Assert.Single(apiErrors["initialDistanceKm"]);
        Assert.Equal("Distance already run must be between 0 and 10,000 km.", message);
        Assert.Equal([message], pageErrors);
        Assert.Empty(await runner.Client.GetFromJsonAsync<List<ShoesApi.ShoeDto>>("/api/v1/shoes") ?? []);
    }

    [Fact]
    public async Task AssignAndRetire_ThroughTheApi_ShowOnThePage()
    {
        var runner = await WebSession.SignedUpAsync(factory);
        await HistoryUpload.UploadAsync(runner, HistoryUpload.File("activity-small-fenix2-run.fit"));
        using var created = await runner.Client.PostAsJsonAsync("/api/v1/shoes", new { name = "Pegasus 40" });
        var shoe = (await created.Content.ReadFromJsonAsync<ShoesApi.ShoeDto>())!;

        using var backwards = await runner.Client.PostAsJsonAsync($"/api/v1/shoes/{shoe.Id}/runs", new { from = "2020-02-02", to = "2020-02-01" });
        using var assigned = await runner.Client.PostAsJsonAsync($"/api/v1/shoes/{shoe.Id}/runs", new { });
        using var retired = await runner.Client.PostAsJsonAsync($"/api/v1/shoes/{shoe.Id}/retire", new { retire = true });
        var page = await runner.GetPageAsync("/Shoes");

        Assert.Equal(HttpStatusCode.BadRequest, backwards.StatusCode);
        Assert.Equal(1, (await assigned.Content.ReadFromJsonAsync<ShoesApi.AssignedRuns>())!.Runs);
        Assert.NotNull((await retired.Content.ReadFromJsonAsync<ShoesApi.ShoeDto>())!.RetiredOn);
        Assert.Contains("1 run tracked", page.QuerySelector(".shoe-figures")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Retired", page.QuerySelector(".shoe .tag")!.TextContent);
    }

    private static async Task<(HttpStatusCode Status, List<string> Errors)> CreateOnPageAsync(WebSession runner, string name, string km)
    {
        using var response = await runner.SubmitFormAsync("/Shoes", new Dictionary<string, string>
        {
            ["Input.Name"] = name,
            ["Input.InitialDistance"] = km,
        });
        var page = await WebSession.ParseAsync(response);
        var errors = page.QuerySelectorAll("#form-errors li").Select(li => li.TextContent.Trim()).ToList();
        return (response.StatusCode, errors);
    }

    private static async Task<(HttpStatusCode Status, Dictionary<string, string[]> Errors)> CreateInApiAsync(WebSession runner, string name, double km)
    {
        using var response = await runner.Client.PostAsJsonAsync("/api/v1/shoes", new { name, initialDistanceKm = km });
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var errors = body.RootElement.TryGetProperty("errors", out var e)
            ? e.Deserialize<Dictionary<string, string[]>>()!
            : [];
        return (response.StatusCode, errors);
    }
}

/// <summary>The same tests on SQLite, the default database.</summary>
public sealed class ShoePageAndApiTestsOnSqlite(FootfallWebFactory factory) : ShoePageAndApiTests<FootfallWebFactory>(factory);

/// <summary>The same tests on PostgreSQL.</summary>
public sealed class ShoePageAndApiTestsOnPostgres(PostgresWebFactory factory) : ShoePageAndApiTests<PostgresWebFactory>(factory);

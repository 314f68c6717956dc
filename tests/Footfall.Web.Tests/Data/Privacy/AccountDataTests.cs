using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Footfall.Data;
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

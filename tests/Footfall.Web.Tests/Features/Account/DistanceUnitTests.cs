using System.Globalization;
using System.Net;
using Footfall.Data;
using Footfall.Web.Tests.Features.History;
using Footfall.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Footfall.Web.Tests.Features.Account;

/// <summary>Distances in kilometres or miles, chosen on the account page and used wherever a distance is shown or entered.</summary>
public sealed class DistanceUnitTests(FootfallWebFactory factory) : IClassFixture<FootfallWebFactory>
{
    private const int DistanceForm = 4; // sign-out, password, export, time zone, distance unit

    [Fact]
    public async Task ChoosingMiles_ShowsRunsSplitsLoadAndShoesInMiles()
    {
        var runner = await WebSession.SignedUpAsync(factory);
        await HistoryUpload.UploadAsync(runner, HistoryUpload.File("garmin-fenix-5-run.fit"));
        var kmRow = (await runner.GetPageAsync("/History")).QuerySelector("td[data-label=Distance]")!.TextContent.Trim();

        using var chosen = await runner.SubmitFormAsync("/Account/Manage", new Dictionary<string, string> { ["distanceUnit"] = "mi" }, formIndex: DistanceForm);
        Assert.Equal(HttpStatusCode.Redirect, chosen.StatusCode);
        var account = await runner.GetPageAsync("/Account/Manage");
        Assert.Contains("Distances are now shown in miles.", account.QuerySelector("[role=status]")!.TextContent, StringComparison.Ordinal);
        Assert.True(account.QuerySelector("input[name=distanceUnit][value=mi]")!.HasAttribute("checked"));

        var history = await runner.GetPageAsync("/History");
        var miRow = history.QuerySelector("td[data-label=Distance]")!.TextContent.Trim();
        Assert.EndsWith(" km", kmRow, StringComparison.Ordinal);
        Assert.EndsWith(" mi", miRow, StringComparison.Ordinal);
        var km = double.Parse(kmRow[..^3], CultureInfo.InvariantCulture);
        var mi = double.Parse(miRow[..^3], CultureInfo.InvariantCulture);
        Assert.Equal(km / 1.609344, mi, 0.011);

        var activity = await runner.GetPageAsync(history.QuerySelector("td[data-label=Date] a")!.GetAttribute("href")!);
        Assert.Contains("/mi", activity.QuerySelector(".stats")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Mile splits", activity.QuerySelector("[data-chart-table] summary")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Mile 1", activity.QuerySelector("[data-chart-table] tbody th")!.TextContent, StringComparison.Ordinal);

        var load = await runner.GetPageAsync("/History/Load");
        Assert.EndsWith(" mi", load.QuerySelector("td[data-label=Distance]")!.TextContent.Trim(), StringComparison.Ordinal);
        Assert.DoesNotContain(" km", load.QuerySelector("[data-chart-table]")!.TextContent, StringComparison.Ordinal);
        // The signals' explanations speak miles too ("... mi in the last 7 days ...").
        var explanations = load.QuerySelectorAll("ul.signals li > p:not(.signal-value)").Select(p => p.TextContent).ToList();
        Assert.NotEmpty(explanations);
        Assert.All(explanations, text => Assert.DoesNotMatch(@"\bkm\b", text));
        Assert.Contains(explanations, text => text.Contains(" mi in the last 7 days", StringComparison.Ordinal));

        // A pair entered in miles is stored in metres and shown back in miles.
        using var added = await runner.SubmitFormAsync("/Shoes", new Dictionary<string, string> { ["Input.Name"] = "Clifton 9", ["Input.InitialDistance"] = "100" });
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        var shoes = await runner.GetPageAsync("/Shoes");
        Assert.Contains("100 mi", shoes.QuerySelector(".shoe-figures")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("(miles)", shoes.QuerySelector("label[for=initial-km]")!.TextContent, StringComparison.Ordinal);
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<FootfallDbContext>();
        Assert.Equal(160_934.4, await db.Shoes.Where(s => s.Name == "Clifton 9").Select(s => s.InitialDistanceMeters).SingleAsync(), 0.5);
    }

    [Fact]
    public async Task NewAccount_ShowsKilometresUntilItChooses()
    {
        var runner = await WebSession.SignedUpAsync(factory);

        var account = await runner.GetPageAsync("/Account/Manage");
        var shoes = await runner.GetPageAsync("/Shoes");

        Assert.True(account.QuerySelector("input[name=distanceUnit][value=km]")!.HasAttribute("checked"));
        Assert.Contains("(km)", shoes.QuerySelector("label[for=initial-km]")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnknownUnit_ChangesNothingAndSaysSo()
    {
        var runner = await WebSession.SignedUpAsync(factory);

        using var chosen = await runner.SubmitFormAsync("/Account/Manage", new Dictionary<string, string> { ["distanceUnit"] = "furlongs" }, formIndex: DistanceForm);
        var account = await runner.GetPageAsync("/Account/Manage");

        Assert.Contains("Choose kilometres or miles; nothing was changed.", account.QuerySelector("[role=status]")!.TextContent, StringComparison.Ordinal);
        Assert.True(account.QuerySelector("input[name=distanceUnit][value=km]")!.HasAttribute("checked"));
    }

    [Fact]
    public async Task NewAccount_IsWelcomedNotWelcomedBack()
    {
        var runner = await WebSession.SignedUpAsync(factory);

        var dashboard = await runner.GetPageAsync("/Dashboard");

        Assert.Contains("Welcome to Footfall", dashboard.QuerySelector(".lead")!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("Welcome back", dashboard.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
    }
}

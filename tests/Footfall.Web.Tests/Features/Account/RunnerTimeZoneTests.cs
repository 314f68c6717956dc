using AngleSharp.Html.Dom;
using Footfall.Web.Tests.Support;

namespace Footfall.Web.Tests.Features.Account;

/// <summary>"Today" is the runner's today: check-in days follow the time zone on their account.</summary>
public sealed class RunnerTimeZoneTests(FakeClockWebFactory factory) : IClassFixture<FakeClockWebFactory>
{
    [Fact]
    public async Task Registration_KeepsTheBrowsersTimeZone()
    {
        var runner = WebSession.Create(factory);
        var email = $"tz-{Guid.NewGuid():N}@example.com";
        using var registered = await runner.SubmitFormAsync("/Account/Register", new Dictionary<string, string>
        {
            ["Input.Email"] = email,
            ["Input.Password"] = WebSession.GoodPassword,
            ["Input.ConfirmPassword"] = WebSession.GoodPassword,
            ["Input.AcceptTerms"] = "true",
            ["Input.TimeZone"] = "Europe/Berlin",
        });
        await runner.ConfirmEmailAsync(factory, email);
        (await runner.SignInAsync(email)).Dispose();

        var manage = await runner.GetPageAsync("/Account/Manage");

        Assert.Equal("Europe/Berlin", ((IHtmlSelectElement)manage.QuerySelector("#time-zone-choice")!).Value);
    }

    [Fact]
    public async Task CheckInDay_FollowsTheRunnersTimeZone()
    {
        var runner = await WebSession.SignedUpAsync(factory);
        (await runner.SubmitFormAsync("/Recovery", new Dictionary<string, string> { ["conditionId"] = "plantar_fasciitis" })).Dispose();
        var utcToday = DateOnly.FromDateTime(factory.Clock.GetUtcNow().UtcDateTime);
        var aucklandToday = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(factory.Clock.GetUtcNow(), TimeZoneInfo.FindSystemTimeZoneById("Pacific/Auckland")).DateTime);
        var honoluluToday = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(factory.Clock.GetUtcNow(), TimeZoneInfo.FindSystemTimeZoneById("Pacific/Honolulu")).DateTime);

        Assert.Equal(utcToday.ToString("yyyy-MM-dd"), await CheckInDateAsync(runner));
        await SetZoneAsync(runner, "Pacific/Auckland");
        Assert.Equal(aucklandToday.ToString("yyyy-MM-dd"), await CheckInDateAsync(runner));
        await SetZoneAsync(runner, "Pacific/Honolulu");
        Assert.Equal(honoluluToday.ToString("yyyy-MM-dd"), await CheckInDateAsync(runner));
        // (Auckland and Honolulu are 23 hours apart, so from 10:00 to 11:00 UTC they share a date: no assertion that they differ.)
    }

    [Fact]
    public async Task UnknownTimeZone_IsRefusedAndNothingChanges()
    {
        var runner = await WebSession.SignedUpAsync(factory);

        await SetZoneAsync(runner, "Mars/Olympus_Mons");

        var manage = await runner.GetPageAsync("/Account/Manage");
        Assert.Contains("not known", manage.QuerySelector("[role=status]")!.TextContent);
        Assert.Equal("UTC", ((IHtmlSelectElement)manage.QuerySelector("#time-zone-choice")!).Value);
    }

    private static async Task SetZoneAsync(WebSession runner, string zone)
    {
        using var response = await runner.SubmitFormAsync("/Account/Manage?handler=TimeZone", new Dictionary<string, string> { ["timeZoneId"] = zone }, formIndex: 3);
    }

    private static async Task<string?> CheckInDateAsync(WebSession runner) =>
        ((IHtmlInputElement)(await runner.GetPageAsync("/Recovery/CheckIn")).QuerySelector("#date")!).Value;
}

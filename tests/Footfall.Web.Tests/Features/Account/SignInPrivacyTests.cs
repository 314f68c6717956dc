using System.Diagnostics;
using System.Net;
using Footfall.Web.Pages.Account;
using Footfall.Web.Tests.Support;

namespace Footfall.Web.Tests.Features.Account;

/// <summary>Issue 12: sign-in must not tell anyone whether an email has an account, by words, by time, or by lock.</summary>
public sealed class SignInPrivacyTests : IClassFixture<SessionClockWebFactory>
{
    private readonly SessionClockWebFactory _factory;

    public SignInPrivacyTests(SessionClockWebFactory factory) => _factory = factory;

    [Fact]
    public async Task WrongPassword_KnownAndUnknownEmail_TakeTheSameTimeAndSayTheSame()
    {
        // Its own app, with the throttle out of the way: this measures the work, not the delays.
        using var factory = new FootfallWebFactory(new Dictionary<string, string?>
        {
            ["Security:SignInThrottle:AccountFreeFailures"] = "1000",
            ["Security:SignInThrottle:AddressFreeFailures"] = "1000",
        });
        var known = $"known-{Guid.NewGuid():N}@example.com";
        await WebSession.SignedUpAsync(factory, known);
        var visitor = WebSession.Create(factory);
        var knownTimes = new List<double>();
        var unknownTimes = new List<double>();
        var messages = new HashSet<string>();

        // Interleaved, so that load on the machine falls on both alike; medians, so that one stall does not count.
        for (var i = 0; i < 15; i++)
        {
            foreach (var (email, times) in new[] { (known, knownTimes), ($"nobody-{Guid.NewGuid():N}@example.com", unknownTimes) })
            {
                var page = await visitor.GetPageAsync("/Account/Login");
                var clock = Stopwatch.StartNew();
                using var response = await visitor.SubmitFormAsync("/Account/Login", new Dictionary<string, string>
                {
                    ["Input.Email"] = email,
                    ["Input.Password"] = "not the right password",
                });
                times.Add(clock.Elapsed.TotalMilliseconds);
                messages.Add((await WebSession.ParseAsync(response)).QuerySelector("[role=alert] li")!.TextContent);
            }
        }

        Assert.Equal([LoginModel.FailedMessage], messages);
        var ratio = Median(knownTimes) / Median(unknownTimes);
        Assert.InRange(ratio, 0.5, 2.0);
    }

    [Fact]
    public async Task Failures_MeetGrowingDelays_NotALock_AndUnknownEmailsAlike()
    {
        var known = $"throttle-{Guid.NewGuid():N}@example.com";
        await WebSession.SignedUpAsync(_factory, known);
        var unknown = $"nobody-{Guid.NewGuid():N}@example.com";
        var attacker = WebSession.Create(_factory);

        var answers = new Dictionary<string, List<string>>();
        foreach (var email in new[] { known, unknown })
        {
            answers[email] = [];
            for (var i = 0; i < 5; i++)
            {
                using var wrong = await attacker.SignInAsync(email, "guess number " + i);
                answers[email].Add((await WebSession.ParseAsync(wrong)).QuerySelector("[role=alert] li")!.TextContent);
            }
        }

        // Three free failures, then "wait 1 s", then "wait 2 s": the same for both emails.
        Assert.Equal(answers[known], answers[unknown]);
        Assert.Equal(LoginModel.FailedMessage, answers[known][2]);
        Assert.StartsWith(LoginModel.ThrottledMessage, answers[known][4], StringComparison.Ordinal);

        // The owner is delayed by seconds, not locked out for minutes.
        using var tooSoon = await WebSession.Create(_factory).SignInAsync(known);
        Assert.Equal(HttpStatusCode.OK, tooSoon.StatusCode);
        _factory.Clock.Advance(TimeSpan.FromSeconds(3));
        using var right = await WebSession.Create(_factory).SignInAsync(known);
        Assert.Equal(HttpStatusCode.Redirect, right.StatusCode);
    }

    [Fact]
    public async Task Failures_AreInTheOwnersSecurityActivity()
    {
        var email = $"audited-{Guid.NewGuid():N}@example.com";
        var owner = await WebSession.SignedUpAsync(_factory, email);
        using (await WebSession.Create(_factory).SignInAsync(email, "somebody guessing"))
        {
        }

        var activity = (await owner.GetPageAsync("/Account/Manage/Activity")).QuerySelector("tbody")!.TextContent;

        Assert.Contains("Failed sign-in attempt", activity, StringComparison.Ordinal);
        Assert.Contains("Signed in", activity, StringComparison.Ordinal);
        Assert.Contains("Email address confirmed", activity, StringComparison.Ordinal);
    }

    private static double Median(List<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted[sorted.Count / 2];
    }
}

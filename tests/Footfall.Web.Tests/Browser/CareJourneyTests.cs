using System.Text.RegularExpressions;
using Footfall.Web.Tests.Features.Care;
using Microsoft.Playwright;
using MimeKit;

namespace Footfall.Web.Tests.Browser;

/// <summary>
/// Issue 11's journey in Chromium: a clinic near Huntington Beach invites a practitioner by email; a
/// runner finds her from the town's name, books, gets the confirmation with its .ics and shares their
/// record; she examines (big-toe extension weak, slump positive), sees the L5 root move to the top,
/// changes the plan and books the follow-up; the runner sees the change and the audit entry, revokes,
/// and her next request is refused. axe on every page; screenshots at 1280 and 360 px.
/// </summary>
public sealed partial class CareJourneyTests(CareBrowserFixture browser) : IClassFixture<CareBrowserFixture>
{
    private const string Password = "a long and memorable passphrase";

    [Fact]
    public async Task ClinicInvitesPractitioner_RunnerFindsBooksShares_PractitionerExaminesChangesPlan_RunnerRevokes()
    {
        var adminEmail = $"admin-{Guid.NewGuid():N}@example.com";
        var physioEmail = $"dana-{Guid.NewGuid():N}@example.com";
        var runnerEmail = $"runner-{Guid.NewGuid():N}@example.com";

        // The clinic admin sets up the clinic and invites the practitioner.
        var admin = await SignedUpAsync(adminEmail);
        await admin.GotoAsync("/Care");
        await CheckAsync(admin, "care-index");
        await admin.ClickAsync("text=Set up a clinic");
        await admin.FillAsync("#c-name", "Surf City Sports Physio");
        await admin.FillAsync("#c-address", "18582 Beach Blvd");
        await admin.FillAsync("#c-town", "Huntington Beach, CA");
        await admin.SelectOptionAsync("#c-zone", "America/Los_Angeles");
        await CheckAsync(admin, "clinic-new");
        await admin.ClickAsync("button:has-text('Create clinic')");
        await admin.WaitForURLAsync("**/Clinics/Manage/**");
        var manageUrl = new Uri(admin.Url).PathAndQuery;
        await admin.FillAsync("#inv-email", physioEmail);
        await admin.SelectOptionAsync("#inv-profession", "Physiotherapist");
        await admin.ClickAsync("button:has-text('Send invitation')");
        Assert.Contains("Invitation sent", await admin.InnerTextAsync("[role=status]"), StringComparison.Ordinal);

        // The invitation arrives by SMTP; the practitioner accepts it with the invited address.
        var invitation = await browser.Smtp.WaitForAsync(physioEmail);
        var link = JoinLink().Match(invitation.TextBody ?? string.Empty).Value;
        var physio = await SignedUpAsync(physioEmail);
        await physio.GotoAsync(link);
        await physio.FillAsync("#j-name", "Dana Reyes");
        await physio.FillAsync("#j-bio", "Sports physiotherapist; runners' feet, hips and backs.");
        await physio.CheckAsync("#t-lumbar_radiculopathy");
        await physio.CheckAsync("#t-plantar_fasciitis");
        await CheckAsync(physio, "clinic-join");
        await physio.ClickAsync("button:has-text('Accept and join')");
        await physio.WaitForURLAsync("**/Clinician");

        // The admin gives her weekly hours.
        await admin.GotoAsync(manageUrl);
        foreach (var day in new[] { "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday" })
        {
            await admin.FillAsync($"input[name='start-{day}']", "09:00");
            await admin.FillAsync($"input[name='end-{day}']", "17:00");
        }

        await admin.ClickAsync("button:has-text('Save hours')");
        Assert.Contains("Hours saved", await admin.InnerTextAsync("[role=status]"), StringComparison.Ordinal);
        await CheckAsync(admin, "clinic-manage", phoneToo: true);

        // The runner finds her from the town's name and books.
        var runner = await SignedUpAsync(runnerEmail);
        await CareSeed.RunnerWithAssessmentAsync(browser.Factory, runnerEmail);
        await runner.GotoAsync("/Care/Find");
        await runner.FillAsync("#find-town", "Huntington Beach, CA");
        await runner.ClickAsync("button:has-text('Search')");
        Assert.Contains("Near Huntington Beach, CA, US", await runner.InnerTextAsync("main h2"), StringComparison.Ordinal);
        Assert.Contains("Dana Reyes", await runner.InnerTextAsync(".directory-list"), StringComparison.Ordinal);
        await CheckAsync(runner, "care-find", phoneToo: true);
        await runner.ClickAsync(".directory-list a:has-text('Dana Reyes')");
        await runner.WaitForURLAsync("**/Care/Practitioner/**");
        await CheckAsync(runner, "care-practitioner", phoneToo: true);
        var practitionerUrl = new Uri(runner.Url).PathAndQuery;
        await runner.CheckAsync(".slot-day:nth-of-type(3) .slot input >> nth=0");
        await runner.ClickAsync("button:has-text('Book this time')");
        await runner.WaitForURLAsync("**/Care/Bookings**");
        Assert.Contains("Booked.", await runner.InnerTextAsync("[role=status]"), StringComparison.Ordinal);
        await CheckAsync(runner, "care-bookings", phoneToo: true);
        var confirmation = await browser.Smtp.WaitForAsync(runnerEmail, m => m.Subject!.StartsWith("Appointment confirmed", StringComparison.Ordinal));
        var ics = confirmation.Attachments.OfType<MimePart>().Single(p => p.FileName == "appointment.ics");
        Assert.Equal("text/calendar", ics.ContentType.MimeType);

        // The runner shares their record with her.
        await runner.GotoAsync(practitionerUrl);
        await runner.ClickAsync("text=Share your record with Dana Reyes");
        await runner.ClickAsync("button:has-text('Share')");
        Assert.Contains("Shared until", await runner.InnerTextAsync("[role=status]"), StringComparison.Ordinal);

        // The practitioner opens the case, examines, sees the back move to the top.
        await physio.GotoAsync("/Clinician");
        await CheckAsync(physio, "clinician-schedule", phoneToo: true);
        await physio.ClickAsync($"main ul a:has-text('{runnerEmail}')");
        await physio.WaitForURLAsync("**/Clinician/Case/**");
        var caseUrl = new Uri(physio.Url).PathAndQuery;
        await CheckAsync(physio, "clinician-case", phoneToo: true);
        await physio.ClickAsync("text=Record an examination");
        await physio.CheckAsync("input[name='f:clin_weak_l5_toe_extension'][value=yes]");
        await physio.CheckAsync("input[name='f:clin_slump_positive'][value=yes]");
        await physio.FillAsync("#x-o", "Big-toe extension 4/5 on the left; slump reproduces the forefoot burning.");
        await physio.SelectOptionAsync("#x-dx", "lumbar_radiculopathy");
        await CheckAsync(physio, "clinician-examine");
        await physio.ClickAsync("button:has-text('Save and re-run the ranking')");
        await physio.WaitForURLAsync("**/Clinician/Examination/**");
        Assert.Contains("Morton", await physio.InnerTextAsync(".ranking-before li >> nth=0"), StringComparison.Ordinal);
        Assert.Contains("Lumbar (L5/S1) nerve root irritation", await physio.InnerTextAsync(".ranking-after li >> nth=0"), StringComparison.Ordinal);
        await CheckAsync(physio, "clinician-examination", phoneToo: true);

        // She changes the plan and books the follow-up.
        await physio.GotoAsync(caseUrl);
        await physio.SelectOptionAsync("#plan-condition", "lumbar_radiculopathy");
        await physio.FillAsync("#plan-exercises", "Nerve glides 2 x 10 a day; walking as tolerated.");
        await physio.FillAsync("#plan-reason", "The examination points to an irritated L5 nerve root in the back, not the foot.");
        await physio.ClickAsync("button:has-text('Change the plan')");
        Assert.Contains("Plan changed", await physio.InnerTextAsync("[role=status]"), StringComparison.Ordinal);
        await physio.ClickAsync("button:has-text('Book follow-up')");
        Assert.Contains("Follow-up booked", await physio.InnerTextAsync("[role=status]"), StringComparison.Ordinal);

        // The runner sees the change and the audit entries, and revokes.
        await runner.GotoAsync("/Care/Sharing");
        Assert.Contains("Dana Reyes", await runner.InnerTextAsync(".plan-changes"), StringComparison.Ordinal);
        Assert.Contains("irritated L5 nerve root", await runner.InnerTextAsync(".plan-changes"), StringComparison.Ordinal);
        Assert.Contains("recorded an examination", await runner.InnerTextAsync(".access-log"), StringComparison.Ordinal);
        await CheckAsync(runner, "care-sharing", phoneToo: true);
        await runner.ClickAsync("button:has-text('Revoke')");
        Assert.Contains("Revoked", await runner.InnerTextAsync("[role=status]"), StringComparison.Ordinal);

        // Her very next request is refused.
        var refused = await physio.GotoAsync(caseUrl);
        Assert.Equal(404, refused!.Status);
        await Accessibility.AssertAccessibleAsync(physio);

        foreach (var page in new[] { admin, physio, runner })
        {
            await page.Context.CloseAsync();
        }
    }

    private async Task<IPage> SignedUpAsync(string email)
    {
        var page = await browser.NewPageAsync();
        await BrowserSignUp.RegisterAsync(page, browser.Factory, email, Password);
        return page;
    }

    private static Task CheckAsync(IPage page, string name, bool phoneToo = false) => PageChecks.CheckAsync(page, name, phoneToo);

    [GeneratedRegex(@"/Clinics/Join\?token=[A-Za-z0-9_%-]+")]
    private static partial Regex JoinLink();
}

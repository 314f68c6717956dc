using System.Net;
using AngleSharp.Html.Dom;
using Footfall.Data;
using Footfall.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Footfall.Web.Tests.Features.Recovery;

/// <summary>Appointments count in the runner's time zone, and a cancelled one leaves subscribed calendars.</summary>
public sealed class AppointmentTests(FootfallWebFactory factory) : IClassFixture<FootfallWebFactory>
{
    [Fact]
    public async Task Appointment_IsEnteredAndShownInTheRunnersTimeZone()
    {
        var (runner, email) = await RegisterInAsync("Pacific/Auckland");

        using var added = await AddAsync(runner, "Physio");
        var page = await runner.GetPageAsync("/Recovery/Appointments");
        var calendar = await runner.Client.GetStringAsync(new Uri("/Recovery/Calendar.ics", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        // 09:30 on 15 January in Auckland (UTC+13) is 20:30 UTC on the 14th.
        Assert.Equal(new DateTime(2027, 1, 14, 20, 30, 0, DateTimeKind.Utc), await StartUtcAsync(email));
        Assert.Contains("Friday 15 January 2027, 09:30", page.QuerySelector(".appointment-list")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("DTSTART:20270114T203000Z", calendar, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CancelledAppointment_LeavesTheListAndIsCancelledInTheCalendar()
    {
        var (runner, _) = await RegisterInAsync("Europe/Berlin");
        (await AddAsync(runner, "Podiatrist")).Dispose();
        var before = await runner.Client.GetStringAsync(new Uri("/Recovery/Calendar.ics", UriKind.Relative));

        var page = await runner.GetPageAsync("/Recovery/Appointments");
        var form = page.Forms.Single(f => f.Action.Contains("handler=Delete", StringComparison.Ordinal));
        using var cancelled = await runner.PostFormAsync("/Recovery/Appointments", form.GetAttribute("action")!, new Dictionary<string, string>());
        var after = await runner.Client.GetStringAsync(new Uri("/Recovery/Calendar.ics", UriKind.Relative));
        var list = await runner.GetPageAsync("/Recovery/Appointments");
        using var again = await runner.PostFormAsync("/Recovery/Appointments", form.GetAttribute("action")!, new Dictionary<string, string>());

        Assert.Equal(HttpStatusCode.Redirect, cancelled.StatusCode);
        Assert.Contains("STATUS:CONFIRMED", before, StringComparison.Ordinal);
        Assert.Contains("SEQUENCE:0", before, StringComparison.Ordinal);
        Assert.Contains("STATUS:CANCELLED", after, StringComparison.Ordinal);
        Assert.Contains("SEQUENCE:1", after, StringComparison.Ordinal);
        Assert.Null(list.QuerySelector(".appointment-list"));
        Assert.Equal(HttpStatusCode.NotFound, again.StatusCode);
    }

    [Fact]
    public async Task OverlongTitle_IsRefusedNamingTheLimit()
    {
        var (runner, _) = await RegisterInAsync("UTC");

        using var response = await AddAsync(runner, new string('x', 201));
        var page = await WebSession.ParseAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Title must be at most 200 characters.", page.QuerySelector("#form-errors")!.TextContent, StringComparison.Ordinal);
    }

    private async Task<(WebSession Runner, string Email)> RegisterInAsync(string zone)
    {
        var runner = WebSession.Create(factory);
        var email = $"appointments-{Guid.NewGuid():N}@example.com";
        using var registered = await runner.SubmitFormAsync("/Account/Register", new Dictionary<string, string>
        {
            ["Input.Email"] = email,
            ["Input.Password"] = WebSession.GoodPassword,
            ["Input.ConfirmPassword"] = WebSession.GoodPassword,
            ["Input.AcceptTerms"] = "true",
            ["Input.TimeZone"] = zone,
        });
        Assert.Equal(HttpStatusCode.Redirect, registered.StatusCode);
        await runner.ConfirmEmailAsync(factory, email);
        using var signedIn = await runner.SignInAsync(email);
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        return (runner, email);
    }

    private static Task<HttpResponseMessage> AddAsync(WebSession runner, string title) =>
        runner.SubmitFormAsync("/Recovery/Appointments", new Dictionary<string, string>
        {
            ["Input.Date"] = "2027-01-15",
            ["Input.Time"] = "09:30",
            ["Input.DurationMinutes"] = "45",
            ["Input.Title"] = title,
        });

    private async Task<DateTime> StartUtcAsync(string email)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<FootfallDbContext>();
        var owner = await db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync();
        return await db.Appointments.Where(a => a.OwnerId == owner).Select(a => a.StartUtc).SingleAsync();
    }
}

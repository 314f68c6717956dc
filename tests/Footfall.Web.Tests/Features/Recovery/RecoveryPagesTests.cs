using System.Net;
using AngleSharp.Html.Dom;
using Footfall.Data;
using Footfall.Data.Entities;
using Footfall.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Footfall.Web.Tests.Features.Recovery;

public abstract class RecoveryPagesTests<TFactory>(TFactory factory) : IClassFixture<TFactory>
    where TFactory : FakeClockWebFactory
{
    private const string PlantarFasciitis = "plantar_fasciitis";

    [Theory]
    [InlineData("emergency_ambulance", "Call an ambulance now")]
    [InlineData("emergency", "emergency department")]
    [InlineData("consultation_24", "See a doctor within 24 hours")]
    public async Task RedFlagAssessment_OffersNoPlan_OnlyWhatToDoNow(string triage, string doNow)
    {
        var email = NewEmail();
        var runner = await WebSession.SignedUpAsync(factory, email);
        await SaveAssessmentAsync(email, triage, PlantarFasciitis);

        var page = await runner.GetPageAsync("/Recovery");
        var main = page.QuerySelector("main")!.TextContent;
        Assert.Contains("No self-management plan", main);
        Assert.Contains(doNow, main);
        Assert.Null(page.QuerySelector("input[name=assessmentId]"));

        // Picking the same condition by hand does not get round the urgent result.
        using var start = await runner.SubmitFormAsync("/Recovery", new Dictionary<string, string> { ["conditionId"] = PlantarFasciitis });
        Assert.Equal(HttpStatusCode.OK, start.StatusCode);
        Assert.Contains(doNow, (await WebSession.ParseAsync(start)).QuerySelector("[role=alert]")!.TextContent);
        Assert.Null((await runner.GetPageAsync("/Recovery")).QuerySelector(".plan-now"));
    }

    [Fact]
    public async Task SelfCareAssessment_StartsThePlan_ShowingPhaseExercisesCriteriaAndRange()
    {
        var email = NewEmail();
        var runner = await WebSession.SignedUpAsync(factory, email);
        await SaveAssessmentAsync(email, "self_care", PlantarFasciitis);

        var offer = await runner.GetPageAsync("/Recovery");
        Assert.NotNull(offer.QuerySelector("input[name=assessmentId]"));
        using var started = await runner.SubmitFormAsync("/Recovery", new Dictionary<string, string>(), formIndex: 1);
        Assert.Equal(HttpStatusCode.Redirect, started.StatusCode);

        var plan = await runner.GetPageAsync("/Recovery");
        var main = plan.QuerySelector("main")!.TextContent;
        Assert.Contains("Phase 1: settle pain", main);
        Assert.Equal("step", plan.QuerySelector(".timeline-current")!.GetAttribute("aria-current"));
        Assert.NotEmpty(plan.QuerySelectorAll(".exercise-item a[href^='/Recovery/Exercises/']"));
        Assert.NotEmpty(plan.QuerySelectorAll(".criterion"));
        Assert.Contains("Expected recovery", main);
        Assert.Contains("Source:", main);
        Assert.Contains("not a diagnosis", main, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task CheckIn_HighPain_AdvisesStepBackAndNamesTheRule()
    {
        var runner = await StartedPlanAsync();

        using var response = await CheckInAsync(runner, firstSteps: 3, during: 7, after: 4);

        var advice = (await WebSession.ParseAsync(response)).QuerySelector(".advice")!.TextContent;
        Assert.Contains("Step back", advice);
        Assert.Contains("7/10, above the 5/10 limit", advice);
        Assert.Contains("during_above_acceptable", advice);
    }

    [Fact]
    public async Task CheckIn_SecondTheSameDay_UpdatesTheFirst()
    {
        var runner = await StartedPlanAsync();

        using (var first = await CheckInAsync(runner, firstSteps: 3, during: 7, after: 4))
        {
            Assert.Contains("Step back", (await WebSession.ParseAsync(first)).QuerySelector(".advice h1")!.TextContent);
        }

        using var second = await CheckInAsync(runner, firstSteps: 2, during: 4, after: 2);
        var advice = (await WebSession.ParseAsync(second)).QuerySelector(".advice")!.TextContent;
        Assert.Contains("Hold", advice);
        Assert.Contains("updated", advice);

        var progress = await runner.GetPageAsync("/Recovery/Progress");
        var rows = progress.QuerySelector(".table-scroll")!.QuerySelectorAll("tbody tr");
        Assert.Single(rows);
        Assert.Contains("Hold", rows[0].TextContent);
    }

    [Fact]
    public async Task CheckIns_ThreeGoodDaysAfterAWeek_MoveOnToPhase2_AndAnEditOfThatDayMovesBack()
    {
        var email = NewEmail();
        var runner = await WebSession.SignedUpAsync(factory, email);
        (await runner.SubmitFormAsync("/Recovery", new Dictionary<string, string> { ["conditionId"] = PlantarFasciitis })).Dispose();

        factory.Clock.Advance(TimeSpan.FromDays(5));
        HttpResponseMessage? last = null;
        for (var day = 0; day < 3; day++)
        {
            if (day > 0)
            {
                factory.Clock.Advance(TimeSpan.FromDays(1));
            }

            (await runner.SignInAsync(email)).Dispose();
            last?.Dispose();
            last = await CheckInAsync(runner, firstSteps: 1, during: 1, after: 1);
        }

        var moved = (await WebSession.ParseAsync(last!)).QuerySelector(".advice")!.TextContent;
        last!.Dispose();
        Assert.Contains("Progress", moved);
        Assert.Contains("move on to Phase 2", moved);
        Assert.Contains("Phase 2", (await runner.GetPageAsync("/Recovery")).QuerySelector(".plan-now")!.TextContent);

        // The same day corrected: applied again from where the runner stood before it, not from phase 2.
        using var corrected = await CheckInAsync(runner, firstSteps: 1, during: 4, after: 1);
        Assert.Contains("Stay in Phase 1", (await WebSession.ParseAsync(corrected)).QuerySelector(".advice")!.TextContent);
        Assert.Contains("Phase 1", (await runner.GetPageAsync("/Recovery")).QuerySelector(".plan-now")!.TextContent);
    }

    [Fact]
    public async Task WalkRunReturn_ShowsTheDaysSessionAndTheTableRules()
    {
        var email = NewEmail();
        var runner = await WebSession.SignedUpAsync(factory, email);
        (await runner.SubmitFormAsync("/Recovery", new Dictionary<string, string> { ["conditionId"] = PlantarFasciitis })).Dispose();
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<FootfallDbContext>();
            var enrollment = await db.RecoveryEnrollments.SingleAsync(e => db.Users.Any(u => u.Id == e.OwnerId && u.Email == email));
            enrollment.StageIndex = (int)Footfall.Recovery.PlanStage.ReturnToRun;
            enrollment.WalkRunDay = 2;
            await db.SaveChangesAsync();
        }

        var plan = await runner.GetPageAsync("/Recovery");

        Assert.Contains("Walk-run return, day 2", plan.QuerySelector(".plan-now")!.TextContent);
        Assert.Matches("Walk-run return: day 2 of \\d+", plan.QuerySelector("#walkrun-heading")!.TextContent);
        Assert.Equal("step", plan.QuerySelectorAll(".timeline-step")[4].GetAttribute("aria-current"));
    }

    [Theory]
    [InlineData("metatarsal_stress_fracture")]
    [InlineData("navicular_stress_fracture")]
    [InlineData("tibial_stress_fracture")]
    public async Task BoneStressPlan_SaysNoRunningUntilCleared(string condition)
    {
        var runner = await WebSession.SignedUpAsync(factory);
        (await runner.SubmitFormAsync("/Recovery", new Dictionary<string, string> { ["conditionId"] = condition })).Dispose();

        var plan = await runner.GetPageAsync("/Recovery");

        Assert.Contains("No running until a clinician clears you", plan.QuerySelector("main")!.TextContent);
    }

    [Fact]
    public async Task TestResults_AreKeptAndCheckedAgainstTheCriteria()
    {
        var runner = await StartedPlanAsync();

        using var saved = await runner.SubmitFormAsync("/Recovery", new Dictionary<string, string>
        {
            ["Evidence.HeelRaisesSore"] = "12",
            ["Evidence.HeelRaisesOther"] = "25",
        }, formIndex: 1);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var plan = await runner.GetPageAsync("/Recovery");
        Assert.Equal("12", ((IHtmlInputElement)plan.QuerySelector("input[name='Evidence.HeelRaisesSore']")!).Value);

        using var invalid = await runner.SubmitFormAsync("/Recovery", new Dictionary<string, string> { ["Evidence.PainFreeHops"] = "9999" }, formIndex: 1);
        Assert.Contains("Pain-free single-leg hops must be 0 to 500.", (await WebSession.ParseAsync(invalid)).QuerySelector("[role=alert]")!.TextContent);
    }

    [Theory]
    [InlineData("Input.PainDuringActivity", "11", "Pain during activity must be 0 to 10; it was 11.")]
    [InlineData("Input.PainFirstSteps", "-1", "Pain on first steps must be 0 to 10; it was -1.")]
    [InlineData("Input.PainAfterActivity", "lots", "Pain after activity must be a number.")]
    public async Task CheckIn_OutOfRange_NamesTheFieldAndSavesNothing(string field, string value, string message)
    {
        var runner = await StartedPlanAsync();

        using var response = await runner.SubmitFormAsync("/Recovery/CheckIn", new Dictionary<string, string> { [field] = value });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(message, (await WebSession.ParseAsync(response)).QuerySelector("[role=alert]")!.TextContent);
        Assert.Empty((await runner.GetPageAsync("/Recovery/Progress")).QuerySelectorAll("tbody tr"));
    }

    [Fact]
    public async Task Questionnaire_IsScoredByTheDomain_AndTheChangeIsJudgedByTheMcid()
    {
        var email = NewEmail();
        var runner = await WebSession.SignedUpAsync(factory, email);

        var first = await AnswerFaamAsync(runner, adl: "3", sports: "na");
        Assert.Contains("FAAM Activities of Daily Living: 75.0%", Squash(first));
        Assert.Contains("FAAM Sports: not scored", Squash(first));

        // Two weeks on, the sign-in has expired: sign in again, as the runner would.
        factory.Clock.Advance(TimeSpan.FromDays(15));
        (await runner.SignInAsync(email)).Dispose();
        var second = await AnswerFaamAsync(runner, adl: "4", sports: "3");
        Assert.Contains("FAAM Activities of Daily Living: 100.0%", Squash(second));
        Assert.Contains("Up 25 points: a meaningful improvement (MCID 8)", second);

        var list = await runner.GetPageAsync("/Recovery/Questionnaires");
        Assert.Contains("Next due", list.QuerySelector("main")!.TextContent);
    }

    [Fact]
    public async Task AnotherRunner_CannotSeeYourPlanCheckInsOrAppointments()
    {
        var owner = await StartedPlanAsync();
        (await CheckInAsync(owner, firstSteps: 2, during: 3, after: 2)).Dispose();
        (await AddAppointmentAsync(owner, "Private physio")).Dispose();

        var other = await WebSession.SignedUpAsync(factory);
        Assert.Null((await other.GetPageAsync("/Recovery")).QuerySelector(".plan-now"));
        Assert.Empty((await other.GetPageAsync("/Recovery/Progress")).QuerySelectorAll("tbody tr"));
        Assert.Contains("Start a plan first", (await other.GetPageAsync("/Recovery/CheckIn")).QuerySelector("main")!.TextContent);
        Assert.DoesNotContain("Private physio", await other.Client.GetStringAsync(new Uri("/Recovery/Calendar.ics", UriKind.Relative)));

        var id = (await OwnerAppointmentIdAsync());
        var page = await other.GetPageAsync("/Recovery/Appointments");
        var token = ((IHtmlInputElement)page.QuerySelector("input[name=__RequestVerificationToken]")!).Value;
        using var delete = await other.Client.PostAsync(
            new Uri($"/Recovery/Appointments?handler=Delete&id={id}", UriKind.Relative),
            new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token }));
        Assert.Equal(HttpStatusCode.NotFound, delete.StatusCode);
    }

    [Fact]
    public async Task Calendar_IsAnICalendarAttachment_WithTheDailyReminderAndAppointments()
    {
        var runner = await WebSession.SignedUpAsync(factory);
        (await AddAppointmentAsync(runner, "Physio, follow-up")).Dispose();

        using var response = await runner.Client.GetAsync(new Uri("/Recovery/Calendar.ics", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/calendar", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition!.DispositionType);
        var text = await response.Content.ReadAsStringAsync();
        Assert.StartsWith("BEGIN:VCALENDAR\r\n", text);
        Assert.EndsWith("END:VCALENDAR\r\n", text);
        Assert.Contains("RRULE:FREQ=DAILY;COUNT=90", text);
        Assert.Contains(@"SUMMARY:Physio\, follow-up", text);
        Assert.Equal(2, text.Split("BEGIN:VEVENT").Length - 1);
    }

    [Fact]
    public async Task Calendar_SignedOut_IsRefused()
    {
        var anonymous = WebSession.Create(factory);
        using var response = await anonymous.Client.GetAsync(new Uri("/Recovery/Calendar.ics", UriKind.Relative));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/Account/Login", response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task ExerciseLibrary_ShowsStepsDosageAndIllustration_AndUnknownIsNotFound()
    {
        var visitor = WebSession.Create(factory);
        var library = await visitor.GetPageAsync("/Recovery/Exercises");
        var link = library.QuerySelector(".exercise-card a")!.GetAttribute("href")!;

        var exercise = await visitor.GetPageAsync(link);
        Assert.NotEmpty(exercise.QuerySelectorAll("ol.steps li"));
        Assert.NotNull(exercise.QuerySelector("figure.illustration svg[role=img]"));
        Assert.Contains("When not to do it", exercise.QuerySelector("main")!.TextContent);
        using var missing = await visitor.Client.GetAsync(new Uri("/Recovery/Exercises/no_such_exercise", UriKind.Relative));
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
    }

    private async Task<WebSession> StartedPlanAsync()
    {
        var runner = await WebSession.SignedUpAsync(factory);
        using var started = await runner.SubmitFormAsync("/Recovery", new Dictionary<string, string> { ["conditionId"] = PlantarFasciitis });
        Assert.Equal(HttpStatusCode.Redirect, started.StatusCode);
        return runner;
    }

    private static Task<HttpResponseMessage> CheckInAsync(WebSession runner, int firstSteps, int during, int after) =>
        runner.SubmitFormAsync("/Recovery/CheckIn", new Dictionary<string, string>
        {
            ["Input.PainFirstSteps"] = firstSteps.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Input.PainDuringActivity"] = during.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Input.PainAfterActivity"] = after.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Input.Activity"] = "run",
            ["Input.RunDistance"] = "4",
        });

    private static Task<HttpResponseMessage> AddAppointmentAsync(WebSession runner, string title) =>
        runner.SubmitFormAsync("/Recovery/Appointments", new Dictionary<string, string>
        {
            ["Input.Date"] = "2027-01-15",
            ["Input.Time"] = "09:30",
            ["Input.DurationMinutes"] = "45",
            ["Input.Title"] = title,
            ["Input.Place"] = "Clinic",
        });

    private static async Task<string> AnswerFaamAsync(WebSession runner, string adl, string sports)
    {
        var fields = new Dictionary<string, string>();
        for (var i = 1; i <= 21; i++)
        {
            fields[$"faam_adl-{i}"] = adl;
        }

        for (var i = 1; i <= 8; i++)
        {
            fields[$"faam_sports-{i}"] = sports;
        }

        using var response = await runner.SubmitFormAsync("/Recovery/Questionnaires?id=faam", fields);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await WebSession.ParseAsync(response)).QuerySelector("[role=status]")!.TextContent;
    }

    [Fact]
    public async Task ChoosingAPlan_PreselectsTheAssessedConditionAndNamesEachButton()
    {
        var email = NewEmail();
        var runner = await WebSession.SignedUpAsync(factory, email);
        await SaveAssessmentAsync(email, "self_care", "achilles_tendinopathy");

        var page = await runner.GetPageAsync("/Recovery");

        Assert.Equal("achilles_tendinopathy", page.QuerySelector("select#conditionId option[selected]")?.GetAttribute("value"));
        var buttons = page.QuerySelectorAll("main button[type=submit]").Select(b => b.TextContent.Trim()).ToList();
        Assert.Equal(2, buttons.Count);
        Assert.Equal(buttons.Count, buttons.Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public async Task StoppingAPlan_AsksFirstThenSaysItStopped()
    {
        var email = NewEmail();
        var runner = await WebSession.SignedUpAsync(factory, email);
        await SaveAssessmentAsync(email, "self_care", PlantarFasciitis);
        using var started = await runner.SubmitFormAsync("/Recovery", new Dictionary<string, string>(), formIndex: 1);

        // The stop button sits behind a closed disclosure that says what stopping does: a confirm step without JavaScript.
        var plan = await runner.GetPageAsync("/Recovery");
        var confirm = plan.QuerySelector("details#stop-plan")!;
        Assert.False(confirm.HasAttribute("open"));
        Assert.Contains("check-ins, questionnaires and appointments are kept", confirm.TextContent, StringComparison.Ordinal);
        Assert.Equal("Yes, stop this plan", confirm.QuerySelector("form button[type=submit]")!.TextContent.Trim());
        Assert.DoesNotContain(plan.QuerySelectorAll("form"), f => (f.GetAttribute("action") ?? "").Contains("handler=Stop", StringComparison.Ordinal) && f.Closest("details#stop-plan") is null);

        using var stopped = await runner.SubmitFormAsync("/Recovery", new Dictionary<string, string>());
        Assert.Equal(HttpStatusCode.Redirect, stopped.StatusCode);
        var after = await runner.GetPageAsync("/Recovery");
        Assert.Contains("Your plan is stopped", after.QuerySelector("[data-plan-status]")!.TextContent, StringComparison.Ordinal);
        Assert.Null(after.QuerySelector(".plan-now"));
        Assert.Null((await runner.GetPageAsync("/Recovery")).QuerySelector("[data-plan-status]"));
    }

    [Fact]
    public async Task Plan_SaysThePainLimitsAsOneRuleAndNoResearchNoteFileNames()
    {
        var email = NewEmail();
        var runner = await WebSession.SignedUpAsync(factory, email);
        await SaveAssessmentAsync(email, "self_care", PlantarFasciitis);
        using var started = await runner.SubmitFormAsync("/Recovery", new Dictionary<string, string>(), formIndex: 1);

        var main = Squash((await runner.GetPageAsync("/Recovery")).QuerySelector("main")!.TextContent);

        Assert.Contains("up to 3/10: progress; 4 to 5/10: hold; more than 5/10: step back.", main, StringComparison.Ordinal);
        Assert.DoesNotContain("(up to 5/10 is acceptable)", main, StringComparison.Ordinal);
        Assert.DoesNotContain(".md", main, StringComparison.Ordinal);
    }

    private static string NewEmail() => $"runner-{Guid.NewGuid():N}@example.com";

    private async Task SaveAssessmentAsync(string email, string triage, string condition)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<FootfallDbContext>();
        var owner = await db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync();
        db.Assessments.Add(new SavedAssessment
        {
            Id = Guid.NewGuid(),
            OwnerId = owner,
            CreatedAtUtc = factory.Clock.GetUtcNow().UtcDateTime,
            CaseJson = "{}",
            ResultJson = "{}",
            Triage = triage,
            TopConditionId = condition,
        });
        await db.SaveChangesAsync();
    }

    private async Task<Guid> OwnerAppointmentIdAsync()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<FootfallDbContext>();
        return await db.Appointments.Where(a => a.Title == "Private physio").Select(a => a.Id).FirstAsync();
    }

    private static string Squash(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}

/// <summary>The same tests on SQLite, the default database.</summary>
public sealed class RecoveryPagesTestsOnSqlite(FakeClockWebFactory factory) : RecoveryPagesTests<FakeClockWebFactory>(factory);

/// <summary>The same tests on PostgreSQL.</summary>
public sealed class RecoveryPagesTestsOnPostgres(PostgresFakeClockWebFactory factory) : RecoveryPagesTests<PostgresFakeClockWebFactory>(factory);

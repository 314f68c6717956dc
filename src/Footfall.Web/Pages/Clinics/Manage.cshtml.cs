using Footfall.Data.Entities;
using Footfall.Web.Features.Care;
using Footfall.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Footfall.Web.Pages.Clinics;

/// <summary>A clinic admin's page: invitations, practitioners and their weekly hours, appointment types and blocked time.</summary>
[Authorize]
public sealed class ManageModel(ClinicCatalog catalog, CareAccess access, InvitePractitioner invite, ManageClinic manage) : PageModel
{
    public sealed record Member(PractitionerProfile Profile, IReadOnlyList<WorkingHoursEntry> Hours);

    public Clinic Clinic { get; private set; } = null!;

    public IReadOnlyList<Member> Practitioners { get; private set; } = [];

    public IReadOnlyList<ClinicInvitation> Invitations { get; private set; } = [];

    public IReadOnlyList<AppointmentTypeEntry> Types { get; private set; } = [];

    public IReadOnlyList<BlockedTimeEntry> Blocks { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct) => await LoadAsync(id, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostInviteAsync(Guid id, string? email, string? profession, CancellationToken ct)
    {
        var outcome = await invite.RunAsync(User.RequireId(), id, new InvitePractitioner.Request(email, profession), ct);
        return await AfterAsync(id, outcome, $"Invitation sent to {email}.", ct);
    }

    public async Task<IActionResult> OnPostHoursAsync(Guid id, Guid practitioner, CancellationToken ct)
    {
        var week = new List<ManageClinic.HoursBlock>();
        var errors = new List<string>();
        foreach (var day in Enum.GetValues<DayOfWeek>())
        {
            var start = Request.Form[$"start-{day}"].ToString();
            var end = Request.Form[$"end-{day}"].ToString();
            if (start.Length == 0 && end.Length == 0)
            {
                continue;
            }

            if (!TimeOnly.TryParse(start, System.Globalization.CultureInfo.InvariantCulture, out var from) || !TimeOnly.TryParse(end, System.Globalization.CultureInfo.InvariantCulture, out var to))
            {
                errors.Add($"{day}: give both a start and an end time, like 09:00 and 17:00, or leave both empty for a day off.");
                continue;
            }

            week.Add(new ManageClinic.HoursBlock(day, from, to));
        }

        if (errors.Count > 0)
        {
            return await AfterAsync(id, Outcome<int>.Invalid(new Dictionary<string, string[]> { ["hours"] = [.. errors] }), string.Empty, ct);
        }

        var outcome = await manage.SetHoursAsync(User.RequireId(), id, practitioner, week, ct);
        return await AfterAsync(id, outcome, "Hours saved.", ct);
    }

    public async Task<IActionResult> OnPostTypeAsync(Guid id, string? name, int duration, int buffer, CancellationToken ct)
    {
        var outcome = await manage.AddTypeAsync(User.RequireId(), id, new ManageClinic.TypeRequest(name, duration, buffer), ct);
        return await AfterAsync(id, outcome, $"Appointment type {name} added.", ct);
    }

    public async Task<IActionResult> OnPostBlockAsync(Guid id, Guid? practitioner, DateOnly? firstDay, DateOnly? lastDay, TimeOnly? from, TimeOnly? to, string? reason, CancellationToken ct)
    {
        var outcome = await manage.BlockAsync(User.RequireId(), id, new ManageClinic.BlockRequest(practitioner, firstDay, lastDay, from, to, reason), ct);
        return await AfterAsync(id, outcome, "Time blocked.", ct);
    }

    public async Task<IActionResult> OnPostRemoveAsync(Guid id, Guid practitioner, CancellationToken ct)
    {
        var outcome = await manage.RemovePractitionerAsync(User.RequireId(), id, practitioner, ct);
        return await AfterAsync(id, outcome, "Practitioner removed from the clinic.", ct);
    }

    private async Task<IActionResult> AfterAsync<T>(Guid id, Outcome<T> outcome, string done, CancellationToken ct)
    {
        if (outcome.Missing)
        {
            return NotFound();
        }

        if (outcome.Succeeded)
        {
            TempData["CareMessage"] = done;
            return RedirectToPage(new { id });
        }

        outcome.AddTo(ModelState);
        return await LoadAsync(id, ct) ? Page() : NotFound();
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken ct)
    {
        var clinic = await catalog.ClinicAsync(id, ct);
        if (clinic is null || !await access.IsAdminAsync(User.RequireId(), id, ct))
        {
            return false;
        }

        Clinic = clinic;
        var setup = await catalog.SetupAsync(id, ct);
        Practitioners = setup.Practitioners.Select(p => new Member(p.Profile, p.Hours)).ToList();
        Invitations = setup.Invitations;
        Types = setup.Types;
        Blocks = setup.Blocks;
        return true;
    }
}

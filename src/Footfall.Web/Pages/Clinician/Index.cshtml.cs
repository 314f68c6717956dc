using Footfall.Data.Entities;
using Footfall.Web.Features.Care;
using Footfall.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Footfall.Web.Pages.Clinician;

/// <summary>The practitioner's day or week of appointments, and the runners who share their records with them. Anyone else gets 404.</summary>
[Authorize]
public sealed class IndexModel(CareAccess access, ClinicianSchedule schedule, TimeProvider clock) : PageModel
{
    public PractitionerProfile Practitioner { get; private set; } = null!;

    public bool Week { get; private set; }

    public DateOnly From { get; private set; }

    public IReadOnlyList<ClinicianSchedule.Entry> Appointments { get; private set; } = [];

    public IReadOnlyList<ClinicianSchedule.SharedRecord> Shared { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string? view, DateOnly? date, CancellationToken ct)
    {
        var practitioner = await access.PractitionerAsync(User.RequireId(), ct);
        if (practitioner is null)
        {
            return NotFound();
        }

        Practitioner = practitioner;
        Week = view == "week";
        var clinics = await access.ClinicsOfAsync(practitioner.Id, ct);
        var today = clinics.Count > 0 ? ClinicPolicy.ClockOf(clinics[0]).LocalDate(clock.GetUtcNow()) : DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var day = date ?? today;
        From = Week ? day.AddDays(-(((int)day.DayOfWeek + 6) % 7)) : day;
        Appointments = await schedule.BookingsAsync(practitioner, From, Week ? 7 : 1, ct);
        Shared = await schedule.SharedWithAsync(practitioner, ct);
        return Page();
    }
}

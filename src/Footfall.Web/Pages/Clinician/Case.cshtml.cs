using System.Globalization;
using Footfall.Care.Booking;
using Footfall.Care.Consent;
using Footfall.Data.Entities;
using Footfall.Recovery;
using Footfall.Web.Features.Care;
using Footfall.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Footfall.Web.Pages.Clinician;

/// <summary>
/// One screen of a shared case, readable in a minute and printable; from here the clinician examines,
/// changes the plan and books the follow-up. Every load is audited; without a consent in force it is 404.
/// </summary>
[Authorize]
public sealed class CaseModel(CaseFile cases, AdjustPlan adjust, BookAppointment book, CareAccess access, PractitionerSchedule schedule, ClinicCatalog catalog, RecoveryKnowledge recovery) : PageModel
{
    public CaseView View { get; private set; } = null!;

    public Clinic? Clinic { get; private set; }

    public AppointmentTypeEntry? FollowUpType { get; private set; }

    public IReadOnlyList<Slot> FollowUpSlots { get; private set; } = [];

    public IReadOnlyList<RecoveryPlan> Plans => recovery.Plans.Values.OrderBy(p => p.Title, StringComparer.Ordinal).ToList();

    public string? Taken { get; private set; }

    public static string Iso(DateTimeOffset instant) => instant.ToString("o", CultureInfo.InvariantCulture);

    public async Task<IActionResult> OnGetAsync(string runnerId, CancellationToken ct) => await LoadAsync(runnerId, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostPlanAsync(string runnerId, string? conditionId, int? stage, string? exercises, string? reason, CancellationToken ct)
    {
        var outcome = await adjust.RunAsync(User.RequireId(), runnerId, new AdjustPlan.Request(conditionId, stage, exercises, reason), ct);
        if (outcome.Missing)
        {
            return NotFound();
        }

        if (outcome.Succeeded)
        {
            TempData["CareMessage"] = "Plan changed. The runner sees what changed, by whom and why.";
            return RedirectToPage(new { runnerId });
        }

        outcome.AddTo(ModelState);
        return await LoadAsync(runnerId, ct) ? Page() : NotFound();
    }

    public async Task<IActionResult> OnPostFollowUpAsync(string runnerId, Guid clinic, Guid type, string? start, CancellationToken ct)
    {
        var practitioner = await access.PractitionerAsync(User.RequireId(), ct);
        if (practitioner is null)
        {
            return NotFound();
        }

        DateTimeOffset? at = DateTimeOffset.TryParse(start, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var parsed) ? parsed : null;
        var outcome = await book.BookAsync(User.RequireId(), runnerId, new BookAppointment.Request(clinic, practitioner.Id, type, at), ct);
        if (outcome.Missing)
        {
            return NotFound();
        }

        if (outcome.Succeeded && outcome.Value!.Booking is not null)
        {
            TempData["CareMessage"] = "Follow-up booked; the runner gets the confirmation with its calendar file.";
            return RedirectToPage(new { runnerId });
        }

        if (outcome.Succeeded)
        {
            Taken = outcome.Value!.Refusal?.Message;
        }
        else
        {
            outcome.AddTo(ModelState);
        }

        return await LoadAsync(runnerId, ct) ? Page() : NotFound();
    }

    private async Task<bool> LoadAsync(string runnerId, CancellationToken ct)
    {
        var view = await cases.ReadAsync(User.RequireId(), runnerId, ct);
        if (view is null)
        {
            return false;
        }

        View = view;
        var practitioner = await access.PractitionerAsync(User.RequireId(), ct);
        var clinics = practitioner is null ? [] : await access.ClinicsOfAsync(practitioner.Id, ct);
        if (practitioner is not null && clinics.Count > 0)
        {
            Clinic = clinics[0];
            var types = await catalog.ActiveTypesAsync(Clinic.Id, ct);
            FollowUpType = types.FirstOrDefault(t => t.Name.Contains("follow", StringComparison.OrdinalIgnoreCase)) ?? (types.Count > 0 ? types[0] : null);
            if (FollowUpType is not null)
            {
                FollowUpSlots = (await schedule.FreeSlotsAsync(Clinic, practitioner.Id, FollowUpType, schedule.TodayAt(Clinic).AddDays(1), 14, ct)).Take(24).ToList();
            }
        }

        return true;
    }

    public static bool Has(CaseView view, ConsentScope scope)
    {
        ArgumentNullException.ThrowIfNull(view);
        return view.Shared.HasFlag(scope);
    }
}

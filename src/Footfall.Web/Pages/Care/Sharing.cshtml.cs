using Footfall.Care.Consent;
using Footfall.Data.Entities;
using Footfall.Recovery;
using Footfall.Web.Features.Care;
using Footfall.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Footfall.Web.Pages.Care;

/// <summary>
/// The runner's control over their record: share parts of it with a practitioner or a clinic until a
/// date, revoke at once, see every time a clinician read it, and every change a clinician made to the plan.
/// </summary>
[Authorize]
public sealed class SharingModel(SharingOverview overview, ShareRecord share, RecoveryKnowledge recovery, TimeProvider clock) : PageModel
{
    public sealed record RecipientChoice(string Value, string Label);

    public sealed record AccessLine(DateTimeOffset At, string Who, string What);

    [BindProperty]
    public string? Recipient { get; set; }

    [BindProperty]
    public List<ConsentScope> Parts { get; set; } = [ConsentScope.Assessments, ConsentScope.RunningHistory, ConsentScope.Recovery];

    [BindProperty]
    public int Days { get; set; } = (int)ConsentTerms.DefaultDuration.TotalDays;

    public IReadOnlyList<RecipientChoice> Recipients { get; private set; } = [];

    public IReadOnlyList<(ConsentGrant Grant, string With, bool InForce)> Consents { get; private set; } = [];

    public IReadOnlyList<AccessLine> AccessLog { get; private set; } = [];

    public IReadOnlyList<PlanChange> PlanChanges { get; private set; } = [];

    public string PlanName(string? conditionId) => conditionId is not null && recovery.Plans.TryGetValue(conditionId, out var plan) ? plan.Title : conditionId ?? "none";

    public static string StageName(int? stage) => stage is { } s && Enum.IsDefined((PlanStage)s) ? new PlanPosition((PlanStage)s).Describe() : "not started";

    public static string ScopeNames(int scopes) => string.Join(", ", new[]
    {
        (scopes & (int)ConsentScope.Assessments) != 0 ? "assessments" : null,
        (scopes & (int)ConsentScope.RunningHistory) != 0 ? "running history" : null,
        (scopes & (int)ConsentScope.Recovery) != 0 ? "recovery and check-ins" : null,
    }.Where(s => s is not null));

    public async Task OnGetAsync(Guid? practitioner, CancellationToken ct)
    {
        Recipient = practitioner is { } p ? $"p:{p}" : null;
        await LoadAsync(practitioner, ct);
    }

    public async Task<IActionResult> OnPostShareAsync(CancellationToken ct)
    {
        Guid? practitionerId = null, clinicId = null;
        if (Recipient?.Length > 2 && Guid.TryParse(Recipient[2..], out var id))
        {
            if (Recipient[0] == 'c')
            {
                clinicId = id;
            }
            else
            {
                practitionerId = id;
            }
        }

        var scopes = Parts.Aggregate(ConsentScope.None, (all, p) => all | p);
        var outcome = await share.GrantAsync(User.RequireId(), new ShareRecord.Request(practitionerId, clinicId, scopes, Days), ct);
        if (outcome.Missing)
        {
            ModelState.AddModelError(nameof(Recipient), "Choose who to share with.");
        }
        else if (!outcome.Succeeded)
        {
            outcome.AddTo(ModelState);
        }

        if (!ModelState.IsValid)
        {
            await LoadAsync(practitionerId, ct);
            return Page();
        }

        TempData["CareMessage"] = $"Shared until {outcome.Value!.ExpiresAtUtc:d MMMM yyyy}. You can revoke it here at any time.";
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostRevokeAsync(Guid id, CancellationToken ct)
    {
        var outcome = await share.RevokeAsync(User.RequireId(), id, ct);
        if (outcome.Missing)
        {
            return NotFound();
        }

        TempData["CareMessage"] = "Revoked. From now on they cannot open your record.";
        return RedirectToPage();
    }

    private async Task LoadAsync(Guid? practitioner, CancellationToken ct)
    {
        var me = User.RequireId();
        var (practitioners, clinics) = await overview.RecipientsAsync(me, practitioner, ct);
        Recipients = practitioners.Select(p => new RecipientChoice($"p:{p.Id}", p.DisplayName))
            .Concat(clinics.Select(c => new RecipientChoice($"c:{c.Id}", $"Everyone at {c.Name}")))
            .ToList();

        var grants = await share.ListAsync(me, ct);
        var names = await overview.NamesAsync(grants, ct);
        var now = clock.GetUtcNow();
        Consents = grants.Select(g => (g, names.GetValueOrDefault(g.Id, "a practitioner"), CareAccess.ToTerms(g).IsInForceAt(now))).ToList();

        var reads = await overview.AccessLogAsync(me, ct);
        AccessLog = reads.Select(a => new AccessLine(CareAccess.Utc(a.Entry.AtUtc), a.ActorName ?? "a clinic member", Describe(a.Entry))).ToList();
        PlanChanges = await overview.PlanChangesAsync(me, ct);
    }

    private static string Describe(AuditEntry entry) => (entry.Action, entry.RecordType) switch
    {
        ("read", "Assessments") => "read your assessments",
        ("read", "RunningHistory") => "read your running history and shoes",
        ("read", "Recovery") => "read your recovery plan, check-ins and scores",
        ("read", "Examination") => "opened an examination note",
        ("write", "Examination") => "recorded an examination",
        ("change", "RecoveryPlan") => "changed your recovery plan",
        ("export", "FhirBundle") => "downloaded your record (FHIR)",
        _ => $"{entry.Action} {entry.RecordType}",
    };
}

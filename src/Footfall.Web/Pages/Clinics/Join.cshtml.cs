using Footfall.Assessment.Knowledge;
using Footfall.Data.Entities;
using Footfall.Web.Features.Care;
using Footfall.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Footfall.Web.Pages.Clinics;

/// <summary>The invited practitioner accepts, signed in with the invited address, and writes their public profile.</summary>
[Authorize]
public sealed class JoinModel(AcceptInvitation accept, UserManager<FootfallUser> users, KnowledgeBase knowledge) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Token { get; set; }

    [BindProperty]
    public string? DisplayName { get; set; }

    [BindProperty]
    public string? Bio { get; set; }

    [BindProperty]
    public List<string> Treats { get; set; } = [];

    public Clinic? Clinic { get; private set; }

    public ClinicInvitation? Invitation { get; private set; }

    public IReadOnlyList<ConditionDefinition> Conditions => knowledge.Conditions.OrderBy(c => c.Name, StringComparer.Ordinal).ToList();

    public async Task OnGetAsync(CancellationToken ct)
    {
        var found = await accept.FindAsync(Token, ct);
        (Invitation, Clinic) = found is { } f ? (f.Invitation, f.Clinic) : (null, null);
        if (found is null)
        {
            ModelState.AddModelError(nameof(Token), "This invitation link is unknown, already used or expired; ask the clinic for a new one.");
        }
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var user = await users.GetUserAsync(User);
        var outcome = await accept.RunAsync(User.RequireId(), user?.Email, new AcceptInvitation.Request(Token, DisplayName, Bio, Treats), knowledge.Conditions.Select(c => c.Id).ToHashSet(), ct);
        if (!outcome.Succeeded)
        {
            outcome.AddTo(ModelState);
            var found = await accept.FindAsync(Token, ct);
            (Invitation, Clinic) = found is { } f ? (f.Invitation, f.Clinic) : (null, null);
            return Page();
        }

        return RedirectToPage("/Clinician/Index");
    }
}

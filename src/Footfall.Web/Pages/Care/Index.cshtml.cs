using Footfall.Data.Entities;
using Footfall.Web.Features.Care;
using Footfall.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Footfall.Web.Pages.Care;

/// <summary>Care's front door: find and book, your appointments, who you share with; and for clinicians and clinic admins, their own entry points.</summary>
[Authorize]
public sealed class IndexModel(CareAccess access) : PageModel
{
    public PractitionerProfile? Practitioner { get; private set; }

    public IReadOnlyList<Clinic> AdministeredClinics { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        var me = User.RequireId();
        Practitioner = await access.PractitionerAsync(me, ct);
        AdministeredClinics = await access.AdministeredClinicsAsync(me, ct);
    }
}

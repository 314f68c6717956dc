using Footfall.Web.Features.History;
using Footfall.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Footfall.Web.Pages.History;

[Authorize]
public sealed class IndexModel(ActivityList list, RunnerTime time) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Sport { get; set; }

    [BindProperty(SupportsGet = true)]
    public DateOnly? From { get; set; }

    [BindProperty(SupportsGet = true)]
    public DateOnly? To { get; set; }

    [BindProperty(Name = "page", SupportsGet = true)]
    public int PageNumber { get; set; } = 1;

    public ActivityPage Activities { get; private set; } = new([], 1, ActivityList.DefaultPageSize, 0, []);

    [TempData]
    public string? Status { get; set; }

    /// <summary>The runner's time zone, which the dates and filters are in.</summary>
    public TimeZoneInfo Zone => time.Zone;

    public async Task OnGetAsync(CancellationToken ct)
    {
        Activities = await list.QueryAsync(User.RequireId(), Sport, From, To, time.Zone, PageNumber, ActivityList.DefaultPageSize, ct);
    }

    /// <summary>A start instant as the runner's local time.</summary>
    public DateTime Local(DateTime utc) => TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), time.Zone);

    /// <summary>The list's address with the current filters and another page.</summary>
    public string PageUrl(int page)
    {
        var query = new Dictionary<string, string?>
        {
            ["sport"] = string.IsNullOrEmpty(Sport) ? null : Sport,
            ["from"] = From?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            ["to"] = To?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            ["page"] = page.ToString(System.Globalization.CultureInfo.InvariantCulture),
        };
        return Microsoft.AspNetCore.WebUtilities.QueryHelpers.AddQueryString("/History", query.Where(p => p.Value is not null)!);
    }
}

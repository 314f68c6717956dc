using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Footfall.Web.Pages;

public sealed class IndexModel : PageModel
{
    public void OnGet()
    {
    }
}

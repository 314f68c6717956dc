using Footfall.Learning;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Footfall.Web.Pages.Learn;

/// <summary>The follow-along running class with its timer (wwwroot/js/class-timer.js), printable on one page; open to everyone.</summary>
[Microsoft.AspNetCore.Authorization.AllowAnonymous]
public sealed class ClassModel(LearningKnowledge learning) : PageModel
{
    public RunningClass Class => learning.RunningClass;

    public void OnGet()
    {
    }
}

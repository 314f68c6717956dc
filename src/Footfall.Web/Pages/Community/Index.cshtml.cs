using Footfall.Web.Features.Community;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Footfall.Web.Pages.Community;

/// <summary>The public Q&amp;A: the newest questions, open to anyone; asking needs an account.</summary>
[AllowAnonymous]
public sealed class IndexModel(CommunityBoard board, CommunityRoles roles) : PageModel
{
    public IReadOnlyList<CommunityBoard.QuestionSummary> Questions { get; private set; } = [];

    public bool IsModerator { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        Questions = await board.QuestionsAsync(100, ct);
        IsModerator = await roles.IsModeratorAsync(User.FindFirst(System.Security.Claims.ClaimTypes.NameIdentifier)?.Value, ct);
    }
}

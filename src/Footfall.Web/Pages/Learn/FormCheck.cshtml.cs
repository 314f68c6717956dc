using Footfall.Learning;
using Footfall.Training;
using Footfall.Web.Features;
using Footfall.Web.Features.Learning;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Footfall.Web.Pages.Learn;

/// <summary>The running-form self-check (filming from the side and behind), beside a signed-in runner's cadence and stance-balance trends.</summary>
[Microsoft.AspNetCore.Authorization.AllowAnonymous]
public sealed class FormCheckModel(LearningKnowledge learning, FormTrends trends) : PageModel
{
    public FormCheck Check => learning.FormCheck;

    /// <summary>The runner's gait from their watch, or null when not signed in.</summary>
    public FormTrends.Gait? Gait { get; private set; }

    public double BalanceTolerance => TrainingThresholds.Default.StanceBalanceTolerancePoints;

    public async Task OnGetAsync(CancellationToken ct)
    {
        if (User.Identity?.IsAuthenticated == true)
        {
            Gait = await trends.GaitAsync(Runner.Of(User), ct);
        }
    }
}

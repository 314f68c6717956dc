using Footfall.Learning;
using Footfall.Training;
using Footfall.Web.Features;
using Footfall.Web.Features.Shoes;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Footfall.Web.Pages.Learn;

/// <summary>
/// The guided look at a shoe's sole: the common wear patterns with their drawings and what each suggests,
/// and, for a signed-in runner, the chosen shoe's mileage in Footfall beside them.
/// </summary>
[Microsoft.AspNetCore.Authorization.AllowAnonymous]
public sealed class ShoeCheckModel(LearningKnowledge learning, GuideBook guides, ShoeList shoes) : PageModel
{
    public ShoeWearCheck Check => learning.ShoeWear;

    public IReadOnlyList<ShoeMileage> Shoes { get; private set; } = [];

    /// <summary>The shoe being checked: the one asked for, else the most worn pair in use.</summary>
    public ShoeMileage? Shoe { get; private set; }

    public double WornKilometers => TrainingThresholds.Default.WornShoeKilometers;

    public async Task OnGetAsync(Guid? shoe, CancellationToken ct)
    {
        if (User.Identity?.IsAuthenticated != true)
        {
            return;
        }

        Shoes = (await shoes.MileageAsync(Runner.Of(User), ct)).Mileage;
        Shoe = Shoes.FirstOrDefault(s => s.Shoe.Id == shoe) ?? Shoes.FirstOrDefault(s => !s.IsRetired);
    }

    public string GuideName(string conditionId) => guides.Find(conditionId)?.Name ?? conditionId;
}

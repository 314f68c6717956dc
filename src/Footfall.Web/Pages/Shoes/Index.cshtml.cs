using Footfall.Training;
using Footfall.Web.Features;
using Footfall.Web.Features.Shoes;
using Footfall.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Footfall.Web.Pages.Shoes;

/// <summary>Shoes with their mileage; add a pair by hand, assign runs to it, retire it.</summary>
[Authorize]
public sealed class IndexModel(ShoeList shoes, SaveShoe.Handler save, RetireShoe.Handler retireShoe, AssignRuns.Handler assign) : PageModel
{
    public IReadOnlyList<ShoeMileage> Mileage { get; private set; } = [];

    public int UnassignedRuns { get; private set; }

    public double WornKilometers => TrainingThresholds.Default.WornShoeKilometers;

    [BindProperty]
    public ShoeInput Input { get; set; } = new();

    [TempData]
    public string? Status { get; set; }

    /// <summary>The add-a-pair form; <see cref="SaveShoe"/> checks it, as it does for the API.</summary>
    public sealed class ShoeInput
    {
        public string? Name { get; set; }

        /// <summary>Distance already on the pair, in the runner's unit (kilometres or miles).</summary>
        public double InitialDistance { get; set; }

        public DateOnly? StartedOn { get; set; }
    }

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnPostCreateAsync(CancellationToken ct)
    {
        // A value that is not a number at all never reaches the use case.
        if (ModelState.IsValid)
        {
            var outcome = await save.HandleAsync(Runner.Of(User), new SaveShoe.Request(null, Input.Name, Distance.From(Input.InitialDistance, User.DistanceUnit()).Kilometers, Input.StartedOn), ct);
            if (outcome.Succeeded)
            {
                Status = $"Added {outcome.Value!.Name}.";
                return RedirectToPage();
            }

            ModelState.AddFieldErrors(outcome);
        }

        await LoadAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostRetireAsync(Guid id, bool retire, CancellationToken ct)
    {
        var outcome = await retireShoe.HandleAsync(Runner.Of(User), new RetireShoe.Request(id, retire), ct);
        if (outcome.IsNotFound)
        {
            return NotFound();
        }

        Status = retire ? $"Retired {outcome.Value!.Name}." : $"{outcome.Value!.Name} is back in use.";
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostAssignAsync(Guid shoeId, DateOnly? from, DateOnly? to, CancellationToken ct)
    {
        var outcome = await assign.HandleAsync(Runner.Of(User), new AssignRuns.Request(shoeId, from, to), ct);
        if (outcome.IsNotFound)
        {
            return NotFound();
        }

        if (!outcome.Succeeded)
        {
            ModelState.AddFieldErrors(outcome, prefix: string.Empty);
            await LoadAsync(ct);
            return Page();
        }

        var result = outcome.Value!;
        Status = $"Assigned {result.Runs} {(result.Runs == 1 ? "run" : "runs")} to {result.ShoeName}.";
        return RedirectToPage();
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        var report = await shoes.MileageAsync(Runner.Of(User), ct);
        Mileage = report.Mileage;
        UnassignedRuns = report.UnassignedRuns;
    }
}

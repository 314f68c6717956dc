using System.ComponentModel.DataAnnotations;
using Footfall.Data;
using Footfall.Data.Activities;
using Footfall.Data.Entities;
using Footfall.Training;
using Footfall.Web.Features.History;
using Footfall.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Footfall.Web.Pages.Shoes;

/// <summary>Shoes with their mileage; add a pair by hand, assign runs to it, retire it.</summary>
[Authorize]
public sealed class IndexModel(FootfallDbContext db, TimeProvider clock, RunnerTime time) : PageModel
{
    public IReadOnlyList<ShoeMileage> Mileage { get; private set; } = [];

    public int UnassignedRuns { get; private set; }

    public double WornKilometers => TrainingThresholds.Default.WornShoeKilometers;

    [BindProperty]
    public ShoeInput Input { get; set; } = new();

    [TempData]
    public string? Status { get; set; }

    public sealed class ShoeInput
    {
        [Required(ErrorMessage = "Give the shoe a name.")]
        [StringLength(100, ErrorMessage = "Keep the name to 100 characters.")]
        public string Name { get; set; } = string.Empty;

        [Range(0, 10_000, ErrorMessage = "Distance already run must be between 0 and 10,000 km.")]
        public double InitialDistanceKm { get; set; }

        public DateOnly? StartedOn { get; set; }
    }

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnPostCreateAsync(CancellationToken ct)
    {
        if (!ModelState.IsValid)
        {
            await LoadAsync(ct);
            return Page();
        }

        db.Shoes.Add(new Shoe
        {
            Id = Guid.NewGuid(),
            OwnerId = User.RequireId(),
            Name = Input.Name.Trim(),
            InitialDistanceMeters = Input.InitialDistanceKm * 1000,
            StartedOn = Input.StartedOn,
            CreatedAtUtc = clock.GetUtcNow().UtcDateTime,
        });
        await db.SaveChangesAsync(ct);
        Status = $"Added {Input.Name.Trim()}.";
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostRetireAsync(Guid id, bool retire, CancellationToken ct)
    {
        var shoe = await db.Shoes.FindOwnedAsync(id, User.RequireId(), ct);
        if (shoe is null)
        {
            return NotFound();
        }

        shoe.RetiredOn = retire ? time.Today : null;
        await db.SaveChangesAsync(ct);
        Status = retire ? $"Retired {shoe.Name}." : $"{shoe.Name} is back in use.";
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostAssignAsync(Guid shoeId, DateOnly? from, DateOnly? to, CancellationToken ct)
    {
        var owner = User.RequireId();
        var shoe = await db.Shoes.FindOwnedAsync(shoeId, owner, ct);
        if (shoe is null)
        {
            return NotFound();
        }

        var query = db.Activities.OwnedBy(owner).Where(a => a.ShoeId == null);
        if (from is { } f)
        {
            var start = f.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
            query = query.Where(a => a.StartUtc >= start);
        }

        if (to is { } t)
        {
            var end = t.AddDays(1).ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
            query = query.Where(a => a.StartUtc < end);
        }

        var runs = await query.Where(a => a.Sport == Footfall.Activities.Sport.Running).ToListAsync(ct);
        foreach (var run in runs)
        {
            run.ShoeId = shoe.Id;
        }

        await db.SaveChangesAsync(ct);
        Status = $"Assigned {runs.Count} {(runs.Count == 1 ? "run" : "runs")} to {shoe.Name}.";
        return RedirectToPage();
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        var owner = User.RequireId();
        var report = await TrainingEvidence.ReportAsync(db, owner, time.Today, time.Zone, ct);
        Mileage = report.Shoes.OrderBy(s => s.IsRetired).ThenByDescending(s => s.Total.Meters).ToList();
        UnassignedRuns = report.History.Runs.Count(r => r.ShoeId is null);
    }
}

using Footfall.Assessment.Knowledge;
using Footfall.Web.Features.Care;
using Footfall.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Footfall.Web.Pages.Clinician;

/// <summary>The in-clinic examination form: every finding the engine knows (examination findings first) and a SOAP note.</summary>
[Authorize]
public sealed class ExamineModel(RecordExamination examine, CaseFile cases, KnowledgeBase knowledge) : PageModel
{
    public string RunnerId { get; private set; } = string.Empty;

    public IReadOnlyList<FindingDefinition> Findings { get; private set; } = [];

    public IReadOnlyList<ConditionDefinition> Conditions => knowledge.Conditions.OrderBy(c => c.Name, StringComparer.Ordinal).ToList();

    public IReadOnlyDictionary<string, string> Posted { get; private set; } = new Dictionary<string, string>();

    public async Task<IActionResult> OnGetAsync(string runnerId, CancellationToken ct)
    {
        if (await cases.AccessAsync(User.RequireId(), runnerId, ct) is null)
        {
            return NotFound();
        }

        RunnerId = runnerId;
        Findings = examine.RecordableFindings();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string runnerId, string? subjective, string? objective, string? assessment, string? plan, string? workingDiagnosis, CancellationToken ct)
    {
        var findings = Request.Form.Keys
            .Where(k => k.StartsWith("f:", StringComparison.Ordinal))
            .ToDictionary(k => k[2..], k => Request.Form[k].ToString(), StringComparer.Ordinal);
        var outcome = await examine.RunAsync(User.RequireId(), runnerId, new RecordExamination.Request(findings, subjective, objective, assessment, plan, workingDiagnosis), ct);
        if (outcome.Missing)
        {
            return NotFound();
        }

        if (outcome.Succeeded)
        {
            return RedirectToPage("/Clinician/Examination", new { id = outcome.Value!.Id });
        }

        outcome.AddTo(ModelState);
        RunnerId = runnerId;
        Findings = examine.RecordableFindings();
        Posted = findings;
        return Page();
    }
}

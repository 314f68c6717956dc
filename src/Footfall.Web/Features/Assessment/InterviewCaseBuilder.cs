using System.Security.Claims;
using Footfall.Assessment;

namespace Footfall.Web.Features.Assessment;

/// <summary>
/// Turns the interview state into the engine's case. For a signed-in runner it adds the findings
/// their imported running history supports (marked as coming from data); an answer the runner gives
/// always wins over data.
/// </summary>
public sealed class InterviewCaseBuilder(IServiceProvider services)
{
    public async Task<Case> BuildAsync(InterviewState state, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(user);
        var fromData = services.GetService<ITrainingEvidenceSource>();
        if (fromData is null || user.Identity?.IsAuthenticated != true)
        {
            return state.ToCase();
        }

        var findings = await fromData.FindingsAsync(user, cancellationToken);
        var evidence = findings.ToDictionary(f => f.FindingId, f => f.Answer, StringComparer.Ordinal);
        var sources = findings.ToDictionary(f => f.FindingId, f => f.Description, StringComparer.Ordinal);
        return state.ToCase(sources, evidence);
    }
}

/// <summary>Findings a signed-in runner's own data supports (from imported runs and shoes).</summary>
public interface ITrainingEvidenceSource
{
    Task<IReadOnlyList<EvidenceFromData>> FindingsAsync(ClaimsPrincipal user, CancellationToken cancellationToken);
}

public sealed record EvidenceFromData(string FindingId, FindingAnswer Answer, string Description);

using System.Security.Claims;
using Footfall.Assessment;
using Footfall.Assessment.Knowledge;
using Footfall.Data;
using Footfall.Data.Activities;
using Footfall.Web.Features.History;
using Footfall.Web.Infrastructure;

namespace Footfall.Web.Features.Assessment;

/// <summary>
/// Rebuilds the domain <see cref="Interview"/> from the web interview state. For a signed-in runner it
/// adds the findings their imported running history supports (load change, mileage jump, worn shoes,
/// new to running), each marked with where it came from; an answer the runner gives always wins over data.
/// </summary>
public sealed class InterviewCaseBuilder(FootfallDbContext db, AssessmentEngine engine, KnowledgeBase knowledge, RunnerTime time)
{
    public async Task<Interview> ReplayAsync(InterviewState state, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(state);
        var (evidence, sources) = await DataEvidenceAsync(user, cancellationToken);
        return Interview.Replay(engine, state.Age, state.Sex, state.Steps, evidence, sources);
    }

    public async Task<Interview> StartAsync(int age, Sex sex, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var (evidence, sources) = await DataEvidenceAsync(user, cancellationToken);
        return Interview.Start(engine, age, sex, evidence, sources);
    }

    private async Task<(Dictionary<string, FindingAnswer>, Dictionary<string, string>)> DataEvidenceAsync(ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        var evidence = new Dictionary<string, FindingAnswer>(StringComparer.Ordinal);
        var sources = new Dictionary<string, string>(StringComparer.Ordinal);
        if (user.Identity?.IsAuthenticated != true)
        {
            return (evidence, sources);
        }

        var findings = await TrainingEvidence.ForOwnerAsync(db, user.RequireId(), time.Today, time.Zone, user.DistanceUnit(), cancellationToken);
        foreach (var finding in findings.Where(f => f.IsKnown))
        {
            if (knowledge.FindFinding(finding.FindingId) is not { } definition)
            {
                continue;
            }

            FindingAnswer? answer = (definition.Kind, finding.Present, finding.Number) switch
            {
                (FindingKind.Bool, { } present, _) => FindingAnswer.Of(present),
                (FindingKind.Number, _, { } number) => FindingAnswer.Of(Math.Clamp(number, definition.Minimum, definition.Maximum)),
                _ => null,
            };
            if (answer is { } known)
            {
                evidence[finding.FindingId] = known;
                sources[finding.FindingId] = finding.Description;
            }
        }

        return (evidence, sources);
    }
}

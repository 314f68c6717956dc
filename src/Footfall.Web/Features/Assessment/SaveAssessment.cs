using Footfall.Assessment;
using Footfall.Data;
using Footfall.Data.Entities;

namespace Footfall.Web.Features.Assessment;

/// <summary>Saves a finished interview's case and result to the runner's account: the save page.</summary>
public static class SaveAssessment
{
    /// <param name="Case">The runner's answers.</param>
    /// <param name="Result">What the engine made of them.</param>
    public sealed record Request(Case Case, AssessmentResult Result);

    public sealed class Handler(FootfallDbContext db, TimeProvider clock)
    {
        /// <summary>Done with the saved assessment's id.</summary>
        public async Task<Outcome<Guid>> HandleAsync(Runner runner, Request request, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(runner);
            ArgumentNullException.ThrowIfNull(request);
            var saved = new SavedAssessment
            {
                Id = Guid.NewGuid(),
                OwnerId = runner.Id,
                CreatedAtUtc = clock.GetUtcNow().UtcDateTime,
                CaseJson = CaseJson.Serialize(request.Case),
                ResultJson = AssessmentResultJson.Serialize(request.Result),
                Triage = request.Result.Triage.ToId(),
                TopConditionId = request.Result.Conditions.Count > 0 ? request.Result.Conditions[0].Id : null,
            };
            db.Assessments.Add(saved);
            await db.SaveChangesAsync(cancellationToken);
            return Outcome.Done(saved.Id);
        }
    }
}

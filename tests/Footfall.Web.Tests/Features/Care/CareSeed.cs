using Footfall.Assessment;
using Footfall.Data;
using Footfall.Data.Entities;
using Footfall.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Footfall.Web.Tests.Features.Care;

/// <summary>Gives a runner a saved assessment as if they had taken the interview: burning, tingling forefoot pain, worse in tight shoes.</summary>
internal static class CareSeed
{
    public static async Task<string> RunnerWithAssessmentAsync(FootfallWebFactory factory, string email)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<FootfallDbContext>();
        var engine = scope.ServiceProvider.GetRequiredService<AssessmentEngine>();
        var runner = await db.Users.SingleAsync(u => u.Email == email);
        var evidence = new Dictionary<string, FindingAnswer>
        {
            ["loc_forefoot_plantar"] = FindingAnswer.Yes,
            ["char_burning"] = FindingAnswer.Yes,
            ["char_tingling_numbness"] = FindingAnswer.Yes,
            ["worse_tight_shoes"] = FindingAnswer.Yes,
        };
        var @case = new Case(39, Sex.Male, evidence);
        var result = engine.Assess(@case);
        db.Assessments.Add(new SavedAssessment
        {
            Id = Guid.NewGuid(),
            OwnerId = runner.Id,
            CreatedAtUtc = DateTime.UtcNow.AddDays(-1),
            CaseJson = CaseJson.Serialize(@case),
            ResultJson = AssessmentResultJson.Serialize(result),
            Triage = result.Triage.ToId(),
            TopConditionId = result.Conditions[0].Id,
        });
        await db.SaveChangesAsync();
        return runner.Id;
    }
}

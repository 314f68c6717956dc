using Footfall.Assessment;
using Footfall.Recovery;
using Footfall.Recovery.CheckIns;
using Footfall.Tests.Recovery.CheckIns;

namespace Footfall.Tests.Recovery;

/// <summary>The journey the browser test walks, on the domain alone: plan, then three daily check-ins.</summary>
public sealed class RecoveryJourneyTests
{
    [Fact]
    public void ThreeCheckIns_PainRisesThenSettles_AdviceChangesWithIt()
    {
        var selection = RecoveryKnowledgeTests.Knowledge.SelectPlan("plantar_fasciitis", TriageLevel.SelfCare);
        var plan = selection.Plan!;
        var position = PlanPosition.Start;
        var history = new List<DailyCheckIn>();
        var decisions = new List<ProgressionDecision>();
        var days = CheckInPattern.Parse("F3 D3 A2 R4|F3 D6 A5 R6|F4 D2 A2 X");

        foreach (var day in days)
        {
            history.Add(day);
            var step = RecoveryProgress.Next(plan, position, history, new PhaseEvidence { DaysInPhase = history.Count });
            decisions.Add(step.Advice.Decision);
            position = step.Position;
        }

        Assert.Equal([ProgressionDecision.Hold, ProgressionDecision.StepBack, ProgressionDecision.Hold], decisions);
        Assert.Equal(PlanPosition.Start, position);
    }
}

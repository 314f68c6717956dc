using Footfall.Learning;
using Footfall.Tests.Assessment;
using Footfall.Tests.Recovery;
using Footfall.Tests.Support;

namespace Footfall.Tests.Learning;

public sealed class GuideBookTests
{
    private static readonly Lazy<GuideBook> Book = new(() => GuideBook.Create(KnowledgeFixture.Knowledge, RecoveryKnowledgeTests.Knowledge, LearningKnowledgeTests.Knowledge));

    public static TheoryData<string> Conditions()
    {
        var data = new TheoryData<string>();
        foreach (var c in KnowledgeFixture.Knowledge.Conditions)
        {
            data.Add(c.Id);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Conditions))]
    public void Guide_EveryCondition_HasEverySection(string id)
    {
        var guide = Book.Value.Find(id);

        Assert.NotNull(guide);
        Assert.NotEmpty(guide.Condition.Summary);
        Assert.NotEmpty(guide.Note.Who);
        Assert.NotEmpty(guide.PointsTo);
        Assert.NotEmpty(guide.Urgency);
        Assert.NotEmpty(guide.Duration);
        Assert.NotEmpty(guide.DurationSource);
        Assert.True(guide.Plan is not null || guide.NoPlanReason is not null, $"{id}: neither a plan nor a reason for none");
        Assert.NotEmpty(guide.Citations);
    }

    [Theory]
    [MemberData(nameof(Conditions))]
    public void Guide_EveryCitation_IsASourceOfTheKnowledgeBase(string id)
    {
        var sources = KnowledgeFixture.Knowledge.Sources;

        foreach (var citation in Book.Value.Find(id)!.Citations)
        {
            Assert.True(sources.TryGetValue(citation.Id, out var cite), $"{id} cites '{citation.Id}', which sources.yaml lacks");
            Assert.Equal(cite, citation.Citation);
            Assert.DoesNotContain(".md", citation.Id, StringComparison.Ordinal);
        }

        // The condition's own sources are all cited.
        Assert.Superset(
            KnowledgeFixture.Knowledge.FindCondition(id)!.Sources.Where(s => s != "expert").ToHashSet(),
            Book.Value.Find(id)!.Citations.Select(c => c.Id).ToHashSet());
    }

    [Fact]
    public void Guides_OnePerCondition_InKnowledgeOrder()
    {
        Assert.Equal(KnowledgeFixture.Knowledge.Conditions.Select(c => c.Id), Book.Value.Guides.Select(g => g.Id));
    }

    [Fact]
    public void FatPad_LookAlikeIsPlantarFasciitis_ToldApartByWhereItHurtsAndFirstSteps()
    {
        var fatPad = Book.Value.Find("fat_pad_syndrome")!;

        var pf = Assert.Single(fatPad.LookAlikes, l => l.ConditionId == "plantar_fasciitis");
        var differences = pf.Differences.Select(d => d.FindingId).ToList();
        Assert.Contains("loc_heel_center", differences);
        Assert.Contains("first_steps_pain", differences);
        var center = pf.Differences.Single(d => d.FindingId == "loc_heel_center");
        Assert.Equal("almost always", center.InThis);
        Assert.Equal("rarely", center.InOther);
    }

    [Fact]
    public void FatPad_HeelCupping_PointsToIt()
    {
        var clue = Book.Value.Find("fat_pad_syndrome")!.PointsTo.Single(c => c.FindingId == "relief_heel_cupped");

        Assert.Equal("clearly points to it", clue.IfYes);
    }

    [Fact]
    public void PlantarFasciitis_FirstStepPain_PointsToItAndItsAbsenceAway()
    {
        var clue = Book.Value.Find("plantar_fasciitis")!.PointsTo.Single(c => c.FindingId == "first_steps_pain");

        // p 0.85 against a reference rate of 0.3: LR+ 2.8, LR- 0.21.
        Assert.Equal(2.83, clue.LikelihoodRatioIfYes, 2);
        Assert.Equal("points to it", clue.IfYes);
        Assert.Equal("points away from it", clue.IfNo);
        Assert.False(clue.IsPublished);
    }

    [Fact]
    public void PlantarFasciitis_Windlass_IsAPublishedFigure()
    {
        var clue = Book.Value.Find("plantar_fasciitis")!.PointsTo.Single(c => c.FindingId == "windlass_pain");

        Assert.Equal("strongly points to it", clue.IfYes);
        Assert.True(clue.IsPublished);
        Assert.Contains(Book.Value.Find("plantar_fasciitis")!.Citations, c => c.Id == "degarceau2003");
    }

    [Fact]
    public void StressFracture_HopTest_IsListedAsNotWhileSuspected()
    {
        var guide = Book.Value.Find("metatarsal_stress_fracture")!;

        Assert.Contains(guide.SelfTests, t => t.AvoidWhileSuspected);
        Assert.NotEmpty(guide.Warnings);
    }

    [Fact]
    public void Emergency_HasNoPlan_AndTheDurationSaysItIsAnEstimate()
    {
        var guide = Book.Value.Find("acute_compartment_syndrome")!;

        Assert.Null(guide.Plan);
        Assert.True(guide.IsUrgent);
        Assert.Contains("expert estimate", guide.DurationSource, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(12.0, "strongly points to it")]
    [InlineData(3.0, "points to it")]
    [InlineData(1.0, "changes little")]
    [InlineData(0.3, "points away from it")]
    [InlineData(0.05, "strongly points away from it")]
    public void Strength_InWords(double ratio, string words) => Assert.Equal(words, GuideBook.Strength(ratio));
}

using Footfall.Learning;
using Footfall.Tests.Assessment;
using Footfall.Tests.Recovery;
using Footfall.Tests.Support;

namespace Footfall.Tests.Learning;

public sealed class LearningKnowledgeTests
{
    private static readonly Lazy<LearningKnowledge> Repository = new(() => Load(SharedPaths.Knowledge));

    internal static LearningKnowledge Knowledge => Repository.Value;

    [Fact]
    public void Load_Repository_HasANoteForEveryCondition()
    {
        Assert.Equal(KnowledgeFixture.Knowledge.Conditions.Select(c => c.Id).Order(), Knowledge.Notes.Keys.Order());
    }

    [Fact]
    public void Review_NoReviewer_SaysReviewIsPendingAndNamesNoOne()
    {
        Assert.False(Knowledge.Review.IsReviewed);
        Assert.Contains("clinical review pending", Knowledge.Review.Statement, StringComparison.Ordinal);
        Assert.Contains("the Footfall team", Knowledge.Review.Statement, StringComparison.Ordinal);
    }

    [Fact]
    public void Review_WithReviewer_NamesTheRoleAndDate()
    {
        var review = Knowledge.Review with { ReviewerRole = "sports physiotherapist", ReviewedOn = new DateOnly(2027, 1, 15) };

        Assert.Equal(
            "Content prepared by the Footfall team from the cited sources and Footfall's clinical evidence and training-load reviews; reviewed by a sports physiotherapist on 15 January 2027.",
            review.Statement);
    }

    [Fact]
    public void RunningClass_CoversWarmUpMobilityAndFootCalfHipTrunkStrength_FromTheLibrary()
    {
        var sections = Knowledge.RunningClass.Sections.Select(s => s.Id).ToList();

        Assert.Equal(["warm_up", "mobility", "foot", "calf", "hip", "trunk"], sections);
        Assert.All(Knowledge.RunningClass.Items, i => Assert.Same(RecoveryKnowledgeTests.Knowledge.Exercises[i.Exercise.Id].GetType(), i.Exercise.GetType()));
        Assert.InRange(Knowledge.RunningClass.EstimatedMinutes, 15, 40);
    }

    [Theory]
    [InlineData(2, null, 30, true, "2 holds of 30 seconds each side")]
    [InlineData(3, 15, null, false, "3 sets of 15")]
    [InlineData(1, null, 120, false, "1 hold of 2 minutes")]
    public void Dose_InWords(int sets, int? reps, int? hold, bool perSide, string expected)
    {
        var exercise = RecoveryKnowledgeTests.Knowledge.Exercises["glute_bridge"];

        Assert.Equal(expected, new ClassItem(exercise, sets, reps, hold, perSide, 10).Dose);
    }

    [Fact]
    public void Load_ConditionWithoutGuide_FailsNamingIt()
    {
        var error = LoadBroken("guides.yaml", text => text.Replace("  gout:\n", "  gout_typo:\n", StringComparison.Ordinal));

        Assert.Contains("guides.yaml: guides: no guide for the condition 'gout'.", error, StringComparison.Ordinal);
        Assert.Contains("guides.yaml: guides.gout_typo: 'gout_typo' is not a condition in conditions.yaml.", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_GuideCitingAnUnknownSource_FailsNamingFileKeyAndSource()
    {
        var error = LoadBroken("guides.yaml", text => text.Replace("src: [fatpad_clinic]", "src: [fatpad_blog]", StringComparison.Ordinal));

        Assert.Contains("guides.yaml: guides.fat_pad_syndrome.src: source 'fatpad_blog' is not in sources.yaml.", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_NoPlanConditionWithoutDuration_Fails()
    {
        var error = LoadBroken("guides.yaml", text =>
        {
            var start = text.IndexOf("  acute_compartment_syndrome:", StringComparison.Ordinal);
            var duration = text.IndexOf("    duration:", start, StringComparison.Ordinal);
            var next = text.IndexOf("  deep_vein_thrombosis:", start, StringComparison.Ordinal);
            return text.Remove(duration, next - duration);
        });

        Assert.Contains("guides.yaml: guides.acute_compartment_syndrome: a condition without a recovery plan needs a duration with its source.", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_ClassNamingAnUnknownExerciseOrBothRepsAndHold_FailsNamingTheItem()
    {
        var error = LoadBroken("class.yaml", text => text
            .Replace("exercise: dead_bug,", "exercise: dead_bugs,", StringComparison.Ordinal)
            .Replace("sets: 3, reps: 12,", "sets: 3, reps: 12, hold_seconds: 5,", StringComparison.Ordinal));

        Assert.Contains("class.yaml: sections[5].items[2].exercise: 'dead_bugs' is not an exercise in recovery/exercises.yaml.", error, StringComparison.Ordinal);
        Assert.Contains("class.yaml: sections[4].items[0]: give either reps or hold_seconds.", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_UnknownKey_FailsWithTheLine()
    {
        var error = LoadBroken("checks.yaml", text => text.Replace("    looks:", "    look:", StringComparison.Ordinal));

        Assert.StartsWith("checks.yaml: line ", error, StringComparison.Ordinal);
    }

    [Fact]
    public void ShoeWear_PatternsLinkKnownConditions_AndTheMileageRuleSaysItIsAConvention()
    {
        Assert.True(Knowledge.ShoeWear.Patterns.Count >= 5);
        Assert.Contains("convention", Knowledge.ShoeWear.Mileage, StringComparison.Ordinal);
        Assert.All(Knowledge.ShoeWear.Patterns.SelectMany(p => p.ConditionIds), id => Assert.NotNull(KnowledgeFixture.Knowledge.FindCondition(id)));
    }

    private static LearningKnowledge Load(string knowledge) =>
        LearningKnowledge.Load(knowledge, KnowledgeFixture.Knowledge, RecoveryKnowledgeTests.Knowledge);

    private static string LoadBroken(string file, Func<string, string> edit)
    {
        using var copy = TempFolder.CopyOf(Path.Combine(SharedPaths.Knowledge, LearningKnowledge.FolderName));
        var path = Path.Combine(copy.Path, file);
        var text = File.ReadAllText(path);
        var edited = edit(text);
        Assert.NotEqual(text, edited);
        File.WriteAllText(path, edited);
        var folder = Directory.CreateTempSubdirectory("footfall-knowledge-");
        try
        {
            Directory.Move(copy.Path, Path.Combine(folder.FullName, LearningKnowledge.FolderName));
            return Assert.Throws<LearningKnowledgeException>(() => Load(folder.FullName)).Message;
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }
}

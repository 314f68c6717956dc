using Footfall.Assessment;
using Footfall.Assessment.Knowledge;

namespace Footfall.Tests.Support;

/// <summary>The repository's knowledge base and an engine over it, loaded once for all tests.</summary>
public static class KnowledgeFixture
{
    private static readonly Lazy<KnowledgeBase> LazyKnowledge = new(() => KnowledgeBase.Load(SharedPaths.Knowledge));
    private static readonly Lazy<AssessmentEngine> LazyEngine = new(() => new AssessmentEngine(LazyKnowledge.Value));

    public static KnowledgeBase Knowledge => LazyKnowledge.Value;

    public static AssessmentEngine Engine => LazyEngine.Value;

    public static Case Case(int age, Sex sex, params (string Id, object Value)[] evidence) =>
        new(age, sex, evidence.ToDictionary(
            e => e.Id,
            e => e.Value switch
            {
                bool b => FindingAnswer.Of(b),
                int i => FindingAnswer.Of(i),
                double d => FindingAnswer.Of(d),
                _ => FindingAnswer.NotSure,
            }));

    /// <summary>The knowledge files as texts, for tests that break one of them.</summary>
    public static Dictionary<string, string> Texts() =>
        Directory.GetFiles(SharedPaths.Knowledge, "*.yaml").ToDictionary(f => Path.GetFileName(f), File.ReadAllText);
}

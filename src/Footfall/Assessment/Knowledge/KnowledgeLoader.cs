using Footfall.KnowledgeReading;

namespace Footfall.Assessment.Knowledge;

/// <summary>Builds and validates a <see cref="KnowledgeBase"/> from the YAML texts of knowledge/: one
/// reader per file (SourcesReader, FindingsReader, ConditionsReader, RedFlagsReader, SelfTestsReader,
/// AdviceReader), every error collected with its file and key path.</summary>
internal static class KnowledgeLoader
{
    public const string FindingsFile = "findings.yaml";
    public const string ConditionsFile = "conditions.yaml";
    public const string RedFlagsFile = "red-flags.yaml";
    public const string SelfTestsFile = "self-tests.yaml";
    public const string AdviceFile = "advice.yaml";
    public const string SourcesFile = "sources.yaml";

    public static IReadOnlyList<string> RequiredFiles { get; } =
        [SourcesFile, FindingsFile, ConditionsFile, RedFlagsFile, SelfTestsFile, AdviceFile, InterviewPolicyReader.File];

    public static KnowledgeBase Load(IReadOnlyDictionary<string, string> texts)
    {
        foreach (var file in RequiredFiles)
        {
            if (!texts.ContainsKey(file))
            {
                throw new KnowledgeBaseException($"{file}: the file is missing from the knowledge folder");
            }
        }

        var errors = new KnowledgeErrors();
        var sources = SourcesReader.Read(texts[SourcesFile], null, new KnowledgeErrors());
        var (findings, groups, _) = FindingsReader.Read(texts[FindingsFile], sources, errors);
        var byId = findings.ToDictionary(f => f.Id, StringComparer.Ordinal);
        sources = SourcesReader.Read(texts[SourcesFile], byId, errors);
        var correlated = FindingsReader.ReadCorrelated(texts[FindingsFile], byId, sources, errors);
        var (conditions, otherName, otherPrior) = ConditionsReader.Read(texts[ConditionsFile], byId, sources, errors);
        var conditionIds = conditions.Select(c => c.Id).ToHashSet(StringComparer.Ordinal);
        var (rules, thresholds) = RedFlagsReader.Read(texts[RedFlagsFile], byId, conditionIds, sources, errors);
        var selfTests = SelfTestsReader.Read(texts[SelfTestsFile], byId, conditionIds, sources, errors);
        var (triageAdvice, conditionAdvice) = AdviceReader.Read(texts[AdviceFile], conditionIds, sources, errors);
        var interview = InterviewPolicyReader.Read(texts[InterviewPolicyReader.File], byId, rules, sources.Cites, errors);

        foreach (var id in Vocabulary.FindingIds.Where(id => !byId.ContainsKey(id)))
        {
            errors.Add($"{FindingsFile}: findings: vocabulary finding '{id}' is missing");
        }

        foreach (var id in Vocabulary.ConditionIds.Where(id => !conditionIds.Contains(id)))
        {
            errors.Add($"{ConditionsFile}: conditions: vocabulary condition '{id}' is missing");
        }

        foreach (var figure in sources.Figures.Where(f => !conditionIds.Contains(f.ConditionId)))
        {
            errors.Add($"{SourcesFile}: sources.{figure.Source}.figures: condition '{figure.ConditionId}' is not in {ConditionsFile}");
        }

        var profileIds = new HashSet<string>(conditionIds, StringComparer.Ordinal);
        foreach (var profile in conditions.SelectMany(c => c.Profiles).Where(p => !profileIds.Add(p.Id)))
        {
            errors.Add($"{ConditionsFile}: profiles: profile id '{profile.Id}' is used twice or is a condition id");
        }

        foreach (var level in Enum.GetValues<TriageLevel>().Where(l => !triageAdvice.ContainsKey(l)))
        {
            errors.Add($"{AdviceFile}: triage_levels: triage level '{level.ToId()}' is missing");
        }

        foreach (var id in conditionIds.Where(id => !conditionAdvice.ContainsKey(id)))
        {
            errors.Add($"{AdviceFile}: conditions: condition '{id}' has no advice");
        }

        if (errors.Count > 0)
        {
            throw new KnowledgeBaseException(errors);
        }

        return new KnowledgeBase(findings, groups, correlated, conditions, otherName, otherPrior, rules, thresholds, selfTests, triageAdvice, conditionAdvice, sources.Cites, sources.Figures) { Interview = interview };
    }
}

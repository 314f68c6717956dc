using System.Text;
using Footfall.Assessment;
using Footfall.Assessment.Knowledge;
using Footfall.Tests.Support;
using YamlDotNet.RepresentationModel;

namespace Footfall.Tests.Assessment;

public class KnowledgeBaseTests
{
    [Fact]
    public void Load_RepositoryKnowledge_IsValidAndComplete()
    {
        var kb = KnowledgeFixture.Knowledge;
        Assert.Equal(32, kb.Conditions.Count);
        Assert.All(kb.Conditions, c => Assert.NotEmpty(c.Sources));
        Assert.All(Enum.GetValues<TriageLevel>(), level => Assert.True(kb.TriageAdvice.ContainsKey(level)));
        Assert.All(kb.Conditions, c => Assert.True(kb.ConditionAdvice.ContainsKey(c.Id)));
        Assert.NotEmpty(kb.Rules);
        Assert.NotEmpty(kb.SelfTests);
    }

    [Fact]
    public void Load_EveryLikelihoodRatio_IsPositiveAndFinite()
    {
        var kb = KnowledgeFixture.Knowledge;
        foreach (var condition in kb.Conditions)
        {
            foreach (var likelihood in condition.Likelihoods.Values)
            {
                var finding = kb.FindFinding(likelihood.FindingId)!;
                for (var o = 0; o < finding.OutcomeCount; o++)
                {
                    var ratio = likelihood.Probabilities[o] / finding.BaseProbability(o);
                    Assert.True(ratio > 0 && double.IsFinite(ratio), $"{condition.Id}.{finding.Id}[{o}]");
                }
            }
        }
    }

    [Fact]
    public void Vocabulary_MatchesSpecVocabularyFile()
    {
        var yaml = new YamlStream();
        yaml.Load(new StringReader(File.ReadAllText(Path.Combine(SharedPaths.Shared, Vocabulary.VocabularyFile))));
        var root = (YamlMappingNode)yaml.Documents[0].RootNode;
        string[] Ids(string key) => ((YamlSequenceNode)root.Children[new YamlScalarNode(key)]).Children
            .Select(n => ((YamlScalarNode)((YamlMappingNode)n).Children[new YamlScalarNode("id")]).Value!).ToArray();

        Assert.Equal(Ids("conditions").Take(Vocabulary.ConditionIds.Count), Vocabulary.ConditionIds);
        Assert.Equal(Ids("findings"), Vocabulary.FindingIds);
        Assert.Equal(Ids("triage_levels"), Enum.GetValues<TriageLevel>().Select(l => l.ToId()));
        foreach (var id in Vocabulary.FindingIds)
        {
            Assert.NotNull(KnowledgeFixture.Knowledge.FindFinding(id));
        }
    }

    [Fact]
    public void LoadDefault_FindsTheKnowledgeCopiedBesideTheBinaries()
    {
        Assert.Equal(Path.Combine(AppContext.BaseDirectory, "knowledge"), KnowledgeBase.FindDefaultDirectory());
        Assert.Equal(KnowledgeFixture.Knowledge.Findings.Count, KnowledgeBase.LoadDefault().Findings.Count);
    }

    [Theory]
    [InlineData("conditions.yaml", "      windlass_pain: [0.32, degarceau2003]", "      windlass_pain: [1.2, degarceau2003]", "conditions.yaml: conditions[plantar_fasciitis].findings.windlass_pain: probability 1.2 is not in (0, 1)")]
    [InlineData("conditions.yaml", "      windlass_pain: [0.32, degarceau2003]", "      windlass_pull: [0.32, degarceau2003]", "conditions.yaml: conditions[plantar_fasciitis].findings.windlass_pull: finding 'windlass_pull' is not in findings.yaml")]
    [InlineData("conditions.yaml", "      windlass_pain: [0.32, degarceau2003]", "      windlass_pain: [0.32, nobody2020]", "conditions.yaml: conditions[plantar_fasciitis].findings.windlass_pain: source 'nobody2020' is not in sources.yaml")]
    [InlineData("conditions.yaml", "    sources: [martin2014, koc2023, morrissey2021, degarceau2003, pf_epi]\n", "", "conditions.yaml: conditions[plantar_fasciitis].sources: every condition needs at least one source")]
    [InlineData("findings.yaml", "  - { id: night_pain,", "  - { id: night_pains,", "findings.yaml: findings: vocabulary finding 'night_pain' is missing")]
    [InlineData("findings.yaml", "{ id: smoker, kind: bool, group: history, base: 0.1,", "{ id: smoker, kind: bool, group: history, base: 0,", "findings.yaml: findings[smoker].base: probability 0 is not in (0, 1)")]
    [InlineData("red-flags.yaml", "when: [\"saddle_numbness | bladder_bowel_change\"]", "when: [\"saddle_numbness | bladder_change\"]", "red-flags.yaml: rules[cauda_equina].when[0]: finding 'bladder_change' is not in findings.yaml")]
    [InlineData("red-flags.yaml", "when: [\"duration_weeks>16\"]", "when: [\"duration_weeks\"]", "red-flags.yaml: rules[long_standing].when[0]: 'duration_weeks' does not fit the finding's kind (Number)")]
    [InlineData("advice.yaml", "  sesamoiditis:\n    running: reduce", "  sesamoiditis:\n    running: sprint", "advice.yaml: conditions.sesamoiditis.running: 'sprint' is not keep_running")]
    [InlineData("self-tests.yaml", "    finding: windlass_pain", "    finding: windlass", "self-tests.yaml: self_tests[windlass].finding: finding 'windlass' is not in findings.yaml")]
    [InlineData("conditions.yaml", "    prior: [0.17, pf_epi]", "    prior: 0.17", "conditions.yaml: conditions[plantar_fasciitis].prior: must be a list")]
    public void Load_BrokenKnowledge_ErrorNamesFileAndKey(string file, string find, string replace, string expected)
    {
        var texts = KnowledgeFixture.Texts();
        Assert.Contains(find, texts[file]);
        texts[file] = texts[file].Replace(find, replace);

        var ex = Assert.Throws<KnowledgeBaseException>(() => Load(texts));

        Assert.Contains(ex.Errors, e => e.StartsWith(expected, StringComparison.Ordinal));
    }

    [Fact]
    public void Load_MissingFile_ErrorNamesTheFile()
    {
        var texts = KnowledgeFixture.Texts();
        texts.Remove("red-flags.yaml");

        var ex = Assert.Throws<KnowledgeBaseException>(() => Load(texts));

        Assert.Contains("red-flags.yaml", ex.Message);
    }

    [Fact]
    public void Load_MalformedYaml_ErrorNamesFileAndLine()
    {
        var texts = KnowledgeFixture.Texts();
        texts["advice.yaml"] = "triage_levels: [unclosed\n";

        var ex = Assert.Throws<KnowledgeBaseException>(() => Load(texts));

        Assert.StartsWith("advice.yaml: line", ex.Errors[0]);
    }

    [Fact]
    public void Load_MissingFolder_Throws()
    {
        Assert.Throws<KnowledgeBaseException>(() => KnowledgeBase.Load(Path.Combine(SharedPaths.RepoRoot, "no-such-folder")));
    }

    private static KnowledgeBase Load(Dictionary<string, string> texts) =>
        KnowledgeBase.Load(texts.ToDictionary(t => t.Key, t => (Stream)new MemoryStream(Encoding.UTF8.GetBytes(t.Value))));
}

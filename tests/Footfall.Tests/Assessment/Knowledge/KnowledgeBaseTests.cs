using System.Text;
using Footfall.Assessment;
using Footfall.Assessment.Knowledge;
using Footfall.Tests.Support;
using YamlDotNet.RepresentationModel;

namespace Footfall.Tests.Assessment.Knowledge;

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

    [Theory]
    [InlineData("0")]
    [InlineData("1")]
    [InlineData("-0.2")]
    [InlineData("1.5")]
    [InlineData(".nan")]
    public void Load_LikelihoodOutsideZeroOne_IsRejectedWithFileAndKey(string probability)
    {
        var texts = KnowledgeFixture.Texts();
        texts["conditions.yaml"] = Replace(texts["conditions.yaml"], "      night_pain: [0.05, expert]", $"      night_pain: [{probability}, expert]");

        var ex = Assert.Throws<KnowledgeBaseException>(() => Load(texts));

        Assert.Contains(ex.Errors, e => e.StartsWith("conditions.yaml: conditions[plantar_fasciitis].findings.night_pain:", StringComparison.Ordinal)
            && (e.Contains("is not in (0, 1)", StringComparison.Ordinal) || e.Contains("is not a number", StringComparison.Ordinal)));
    }

    [Fact]
    public void Vocabulary_MatchesSpecVocabularyFile()
    {
        var yaml = new YamlStream();
        yaml.Load(new StringReader(File.ReadAllText(Path.Combine(SharedPaths.Shared, Vocabulary.VocabularyFile))));
        var root = (YamlMappingNode)yaml.Documents[0].RootNode;
        string[] Ids(string key) => ((YamlSequenceNode)root.Children[new YamlScalarNode(key)]).Children
            .Select(n => ((YamlScalarNode)((YamlMappingNode)n).Children[new YamlScalarNode("id")]).Value!).ToArray();

        Assert.Equal(Ids("conditions"), Vocabulary.ConditionIds);
        Assert.Equal(Ids("findings"), Vocabulary.FindingIds);
        Assert.Equal(Ids("triage_levels"), Enum.GetValues<TriageLevel>().Select(l => l.ToId()));
    }

    [Fact]
    public void Vocabulary_EverySpecFindingIsKnownToTheEngine()
    {
        var unknown = SpecIds("findings").Where(id => KnowledgeFixture.Knowledge.FindFinding(id) is null).ToArray();

        Assert.Empty(unknown);
    }

    [Fact]
    public void Vocabulary_SpecClinicianFindingsAreNeverAsked()
    {
        var clinician = SpecIds("findings", "clinician");

        Assert.NotEmpty(clinician);
        Assert.All(clinician, id => Assert.True(KnowledgeFixture.Knowledge.FindFinding(id)!.ClinicianOnly, id));
    }

    [Fact]
    public void Figures_EveryNumberNamingASourceAgreesWithAStatedFigure()
    {
        var kb = KnowledgeFixture.Knowledge;
        var cited = kb.Conditions.SelectMany(c => c.Likelihoods.Values.Select(l => (Condition: c.Id, l.FindingId, l.Source)))
            .Where(x => x.Source != "expert").ToArray();

        Assert.NotEmpty(cited);
        Assert.All(cited, x => Assert.Contains(kb.Figures, f => f.Source == x.Source && f.FindingId == x.FindingId && f.ConditionId == x.Condition));
    }

    [Fact]
    public void Readme_PublishedFiguresTable_ListsExactlyThePairsOnPublishedFigures()
    {
        var kb = KnowledgeFixture.Knowledge;
        var cited = kb.Conditions
            .SelectMany(c => c.Likelihoods.Values.Concat(c.Profiles.SelectMany(p => p.Likelihoods.Values)).Select(l => (l.FindingId, Condition: c.Id, l.Source)))
            .Where(x => x.Source != "expert").Select(x => $"{x.FindingId} {x.Condition} {x.Source}").Order(StringComparer.Ordinal).ToArray();
        var table = File.ReadAllLines(Path.Combine(SharedPaths.Knowledge, "README.md"))
            .Where(l => l.StartsWith("| `", StringComparison.Ordinal))
            .Select(l => l.Split('|', StringSplitOptions.TrimEntries))
            .Where(cells => cells.Length > 4 && cells[3].StartsWith('`'))
            .Select(cells => string.Join(' ', cells[1..4].Select(c => c.Trim('`'))))
            .Order(StringComparer.Ordinal).ToArray();

        Assert.NotEmpty(cited);
        Assert.Equal(cited, table);
    }

    private static string[] SpecIds(string key, string? flag = null)
    {
        var yaml = new YamlStream();
        yaml.Load(new StringReader(File.ReadAllText(Path.Combine(SharedPaths.Shared, Vocabulary.VocabularyFile))));
        var root = (YamlMappingNode)yaml.Documents[0].RootNode;
        return ((YamlSequenceNode)root.Children[new YamlScalarNode(key)]).Children.Cast<YamlMappingNode>()
            .Where(n => flag is null || (n.Children.TryGetValue(new YamlScalarNode(flag), out var v) && ((YamlScalarNode)v).Value == "true"))
            .Select(n => ((YamlScalarNode)n.Children[new YamlScalarNode("id")]).Value!).ToArray();
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
    [InlineData("conditions.yaml", "    prior: [0.17, expert]", "    prior: 0.17", "conditions.yaml: conditions[plantar_fasciitis].prior: must be a list")]
    [InlineData("conditions.yaml", "      first_steps_pain: [0.85, expert]", "      first_steps_pain: [0.85, martin2014]", "conditions.yaml: conditions[plantar_fasciitis].findings.first_steps_pain: source 'martin2014' states no figure for first_steps_pain in plantar_fasciitis")]
    [InlineData("conditions.yaml", "      windlass_pain: [0.32, degarceau2003]", "      windlass_pain: [0.6, degarceau2003]", "conditions.yaml: conditions[plantar_fasciitis].findings.windlass_pain: 0.6 does not agree with what 'degarceau2003' states (sens 0.318, spec 1)")]
    [InlineData("conditions.yaml", "      straight_leg_raise_pain: [0.89, montaner2023]", "      straight_leg_raise_pain: [0.8, montaner2023]", "conditions.yaml: conditions[lumbar_radiculopathy].findings.straight_leg_raise_pain: 0.8 does not agree")]
    [InlineData("conditions.yaml", "    prior: [0.17, expert]", "    prior: [0.17, pf_epi]", "conditions.yaml: conditions[plantar_fasciitis].prior: source 'pf_epi' states no figure for this number")]
    [InlineData("findings.yaml", "id: straight_leg_raise_pain, kind: bool, group: tests, base: 0.75,", "id: straight_leg_raise_pain, kind: bool, group: tests, base: 0.1,", "findings.yaml: findings[straight_leg_raise_pain].base: 0.1 is not 1 - the specificity 'montaner2023' states")]
    [InlineData("findings.yaml", "id: smoker, kind: bool, group: history, base: 0.1, src: expert", "id: smoker, kind: bool, group: history, base: 0.1, src: wells2003", "findings.yaml: findings[smoker].src: source 'wells2003' states no specificity for smoker")]
    [InlineData("advice.yaml", "  sesamoiditis:\n    running: reduce", "  sesamoid:\n    running: reduce", "advice.yaml: conditions: condition 'sesamoiditis' has no advice")]
    [InlineData("findings.yaml", "  tests: { title: \"What you can feel or test\", role: other }", "  tests: { title: \"What you can feel or test\", role: asked }", "findings.yaml: groups.tests.role: 'asked' is not warning, location, pattern, other or clinician")]
    [InlineData("findings.yaml", "    damping: 0.3\n    why: \"One focal", "    damping: 1.3\n    why: \"One focal", "findings.yaml: correlated[focal_bone_tenderness].damping: 1.3 is not in [0, 1]")]
    public void Load_BrokenKnowledge_ErrorNamesFileAndKey(string file, string find, string replace, string expected)
    {
        var texts = KnowledgeFixture.Texts();
        texts[file] = Replace(texts[file], find, replace);

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

    private static string Replace(string text, string find, string replace)
    {
        Assert.Contains(find, text);
        return text.Replace(find, replace, StringComparison.Ordinal);
    }

    private static KnowledgeBase Load(Dictionary<string, string> texts) =>
        KnowledgeBase.Load(texts.ToDictionary(t => t.Key, t => (Stream)new MemoryStream(Encoding.UTF8.GetBytes(t.Value))));
}

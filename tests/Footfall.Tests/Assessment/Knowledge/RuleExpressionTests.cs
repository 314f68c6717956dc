using Footfall.Assessment;
using Footfall.Assessment.Knowledge;
using Footfall.KnowledgeReading;
using Footfall.Tests.Support;

namespace Footfall.Tests.Assessment.Knowledge;

public class RuleExpressionTests
{
    private static readonly Dictionary<string, FindingDefinition> Findings =
        KnowledgeFixture.Knowledge.Findings.ToDictionary(f => f.Id, StringComparer.Ordinal);

    [Theory]
    [InlineData("night_pain", "night_pain", "present", 0)]
    [InlineData("night_pain=true", "night_pain", "present", 0)]
    [InlineData("pain_at_rest=false", "pain_at_rest", "absent", 0)]
    [InlineData("duration_weeks>16", "duration_weeks", ">", 16)]
    [InlineData("duration_weeks>=16", "duration_weeks", ">=", 16)]
    [InlineData("duration_weeks<1", "duration_weeks", "<", 1)]
    [InlineData("pain_now<=2.5", "pain_now", "<=", 2.5)]
    public void ParseAtom_ValidText_GivesFindingOperatorAndValue(string text, string finding, string op, double value)
    {
        var errors = new KnowledgeErrors();

        var atom = RuleExpression.ParseAtom(text, "rules[x].when[0]", Findings, errors);

        Assert.Empty(errors);
        Assert.Equal(new RuleAtom(finding, op, value), atom);
    }

    [Fact]
    public void ParseClause_AnyOf_NeedsOne()
    {
        var errors = new KnowledgeErrors();

        var clause = RuleExpression.ParseClause("calf_swelling_one_side | pitting_edema | calf_warm_red_tender", "k", Findings, errors);

        Assert.Empty(errors);
        Assert.Equal(1, clause.MinCount);
        Assert.Equal(["calf_swelling_one_side", "pitting_edema", "calf_warm_red_tender"], clause.Atoms.Select(a => a.FindingId));
    }

    [Fact]
    public void ParseClause_NOf_NeedsN()
    {
        var errors = new KnowledgeErrors();

        var clause = RuleExpression.ParseClause("2 of: night_pain | pain_at_rest | duration_weeks>16", "k", Findings, errors);

        Assert.Empty(errors);
        Assert.Equal(2, clause.MinCount);
        Assert.Equal(3, clause.Atoms.Count);
        Assert.True(clause.Holds(new Dictionary<string, FindingAnswer> { ["night_pain"] = FindingAnswer.Yes, ["duration_weeks"] = FindingAnswer.Of(20) }));
        Assert.False(clause.Holds(new Dictionary<string, FindingAnswer> { ["night_pain"] = FindingAnswer.Yes, ["duration_weeks"] = FindingAnswer.Of(2) }));
    }

    [Theory]
    [InlineData("bladder_change", "red-flags.yaml: rules[x].when[0]: finding 'bladder_change' is not in findings.yaml")]
    [InlineData("duration_weeks", "red-flags.yaml: rules[x].when[0]: 'duration_weeks' does not fit the finding's kind (Number)")]
    [InlineData("night_pain>3", "red-flags.yaml: rules[x].when[0]: 'night_pain>3' does not fit the finding's kind (Bool)")]
    [InlineData("night_pain=maybe", "red-flags.yaml: rules[x].when[0]: 'night_pain=maybe' does not fit the finding's kind (Bool)")]
    [InlineData("duration_weeks>many", "red-flags.yaml: rules[x].when[0]: 'duration_weeks>many' does not fit the finding's kind (Number)")]
    [InlineData("3 of: night_pain | pain_at_rest", "red-flags.yaml: rules[x].when[0]: '3 of: night_pain | pain_at_rest' needs at least 3 atoms")]
    public void ParseClause_BadText_ErrorNamesFileKeyAndText(string text, string expected)
    {
        var errors = new KnowledgeErrors();

        RuleExpression.ParseClause(text, "rules[x].when[0]", Findings, errors);

        Assert.Equal([expected], errors);
    }
}

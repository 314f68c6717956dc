using System.Text.Json;
using Footfall.Assessment.Contract;
using Footfall.Assessment.Knowledge;

namespace Footfall.Assessment;

/// <summary>
/// An <see cref="AssessmentResult"/> as the JSON object of spec/case-format.md, through the
/// <see cref="AssessmentResultDocument"/> contract and its source-generated serializer: <c>triage</c>,
/// <c>conditions</c> (<c>id</c>, <c>name</c>, <c>probability</c>, <c>supporting</c>, <c>conflicting</c>),
/// <c>red_flags</c>, <c>next_question</c> (<c>id</c>, <c>text</c>, or null) and <c>should_stop</c>, plus
/// extra keys: per condition <c>severity</c>, <c>summary</c>, <c>explanation</c>, <c>would_help</c>,
/// <c>advice</c>; and <c>other_cause_probability</c>, <c>stop_reason</c>, <c>advice</c>,
/// <c>self_tests</c>, <c>data_evidence</c>, <c>answered</c>, <c>notice</c>. Probabilities are rounded
/// to 4 decimals, likelihood ratios to 2.
/// </summary>
public static class AssessmentResultJson
{
    private static readonly AssessmentJsonContext Indented = new(new JsonSerializerOptions { WriteIndented = true });

    public static string Serialize(AssessmentResult result, bool indented = false) =>
        JsonSerializer.Serialize(ToDocument(result), (indented ? Indented : AssessmentJsonContext.Default).AssessmentResultDocument);

    /// <summary>The contract document for <paramref name="result"/>, as the API sends it.</summary>
    public static AssessmentResultDocument ToDocument(AssessmentResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return new AssessmentResultDocument(
            Triage: result.Triage.ToId(),
            Conditions: result.Conditions.Select(ToDocument).ToArray(),
            OtherCauseProbability: Math.Round(result.OtherCauseProbability, 4),
            RedFlags: result.RedFlags.Select(f => new RedFlagDocument(f.RuleId, f.Level.ToId(), f.Reason, f.FindingIds)).ToArray(),
            NextQuestion: result.NextQuestion is { } q ? ToDocument(q) : null,
            ShouldStop: result.ShouldStop,
            StopReason: result.StopReason?.ToId(),
            Advice: new AdviceDocument(RunningId(result.Advice.Running), result.Advice.Headline, result.Advice.Now, result.Advice.WhenToSeekCare),
            SelfTests: result.SelfTests.Select(t => new SelfTestDocument(t.Id, t.FindingId, t.Name, t.How, t.PositiveMeans)).ToArray(),
            DataEvidence: result.DataEvidence.Select(d => new DataEvidenceDocument(d.FindingId, d.Description)).ToArray(),
            Answered: result.Answered,
            Notice: result.Notice);
    }

    /// <summary>The snake_case id of a running advice: keep_running, reduce, stop_cross_train, see_someone.</summary>
    public static string RunningId(RunningAdvice running) => running switch
    {
        RunningAdvice.KeepRunning => "keep_running",
        RunningAdvice.Reduce => "reduce",
        RunningAdvice.StopAndCrossTrain => "stop_cross_train",
        _ => "see_someone",
    };

    private static ConditionDocument ToDocument(ConditionAssessment c) => new(
        Id: c.Id,
        Name: c.Name,
        Probability: Math.Round(c.Probability, 4),
        Supporting: c.Supporting.Select(s => s.FindingId).ToArray(),
        Conflicting: c.Conflicting.Select(s => s.FindingId).ToArray(),
        Severity: c.Severity.ToId(),
        Summary: c.Summary,
        Explanation: new ExplanationDocument(c.Supporting.Select(ToDocument).ToArray(), c.Conflicting.Select(ToDocument).ToArray()),
        WouldHelp: c.WouldHelp,
        Advice: new ConditionAdviceDocument(RunningId(c.Advice.Running), c.Advice.Now, c.Advice.SeeSomeoneIf));

    private static ContributionDocument ToDocument(FindingContribution item) =>
        new(item.FindingId, item.Text, item.Answer, Math.Round(item.LikelihoodRatio, 2), item.FromData);

    private static QuestionDocument ToDocument(Question q)
    {
        var number = q.Kind == FindingKind.Number;
        return new QuestionDocument(
            Id: q.FindingId,
            Text: q.Text,
            Kind: number ? "number" : "bool",
            Unit: number ? q.Unit : null,
            Range: number ? [q.Minimum, q.Maximum] : null,
            Group: q.Group,
            GroupTitle: q.GroupTitle,
            Purpose: q.Purpose.ToId());
    }
}

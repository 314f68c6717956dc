namespace Footfall.Assessment.Knowledge;

/// <summary>
/// A finding Footfall can ask about or a clinician can record (knowledge/findings.yaml), with the
/// question that asks it. Bool findings have two outcomes (present, absent); number findings have
/// one outcome per <see cref="Bands"/> entry.
/// </summary>
public sealed class FindingDefinition
{
    internal FindingDefinition(
        string id,
        FindingKind kind,
        string group,
        string groupTitle,
        string question,
        double baseRate,
        string? unit,
        double minimum,
        double maximum,
        IReadOnlyList<FindingBand> bands,
        bool clinicianOnly,
        string source,
        InterviewRole role = InterviewRole.Other)
    {
        Role = role;
        Id = id;
        Kind = kind;
        Group = group;
        GroupTitle = groupTitle;
        Question = question;
        BaseRate = baseRate;
        Unit = unit;
        Minimum = minimum;
        Maximum = maximum;
        Bands = bands;
        ClinicianOnly = clinicianOnly;
        Source = source;
    }

    /// <summary>The stable vocabulary id, such as <c>first_steps_pain</c>.</summary>
    public string Id { get; }

    public FindingKind Kind { get; }

    /// <summary>A warning sign (vocabulary <c>warning: true</c>; the <c>warning</c> group): asked on the
    /// opening screen or as a follow-up, and never taken as "no" when the runner is not sure.</summary>
    public bool IsWarningSign => Role == InterviewRole.Warning;

    /// <summary>The interview group id (<c>warning</c>, <c>where</c>, <c>feel</c>, <c>when</c>, ...).</summary>
    public string Group { get; }

    /// <summary>The part the finding's group plays in the interview (findings.yaml <c>groups</c>).</summary>
    public InterviewRole Role { get; }

    /// <summary>A heading for the group, such as "Where it hurts".</summary>
    public string GroupTitle { get; }

    /// <summary>The statement the runner confirms or denies (or the number they give).</summary>
    public string Question { get; }

    /// <summary>For bool findings, P(present) in a runner whose pain has another cause: the reference
    /// rate that likelihood ratios are taken against. 0 for number findings (see <see cref="Bands"/>).</summary>
    public double BaseRate { get; }

    /// <summary>The unit of a number finding (weeks, percent, count, 0-10), else null.</summary>
    public string? Unit { get; }

    /// <summary>Inclusive lower bound of a number finding.</summary>
    public double Minimum { get; }

    /// <summary>Inclusive upper bound of a number finding.</summary>
    public double Maximum { get; }

    /// <summary>The outcomes of a number finding; empty for bool findings.</summary>
    public IReadOnlyList<FindingBand> Bands { get; }

    /// <summary>True when only a clinician can examine it; never asked in the runner's interview.</summary>
    public bool ClinicianOnly { get; }

    /// <summary>Source id (knowledge/sources.yaml) of the reference rates.</summary>
    public string Source { get; }

    /// <summary>Number of outcomes: 2 for bool (present, absent), else the number of bands.</summary>
    public int OutcomeCount => Kind == FindingKind.Bool ? 2 : Bands.Count;

    /// <summary>The reference probability of an outcome (index as in <see cref="OutcomeOf"/>).</summary>
    public double BaseProbability(int outcome) =>
        Kind == FindingKind.Bool ? (outcome == 0 ? BaseRate : 1 - BaseRate) : Bands[outcome].BaseProbability;

    /// <summary>The outcome index of an answer: 0 present / 1 absent for bool; the band for numbers;
    /// -1 when the answer is not sure.</summary>
    public int OutcomeOf(FindingAnswer answer)
    {
        if (answer.IsNotSure)
        {
            return -1;
        }

        if (Kind == FindingKind.Bool)
        {
            return answer.Present == true ? 0 : 1;
        }

        var value = answer.Number ?? 0;
        for (var i = 0; i < Bands.Count - 1; i++)
        {
            if (value <= Bands[i].Max)
            {
                return i;
            }
        }

        return Bands.Count - 1;
    }

    /// <summary>A short label of an outcome for explanations: "yes", "no" or the band id.</summary>
    public string OutcomeLabel(int outcome) =>
        Kind == FindingKind.Bool ? (outcome == 0 ? "yes" : "no") : Bands[outcome].Id;
}

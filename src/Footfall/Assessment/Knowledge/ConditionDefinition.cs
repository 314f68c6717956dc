namespace Footfall.Assessment.Knowledge;

/// <summary>
/// A condition Footfall ranks (knowledge/conditions.yaml): its prior in runners with foot or
/// lower-leg pain, adjusted by age band and sex, how often each finding occurs with it, and the
/// triage level it needs when reasonably likely.
/// </summary>
public sealed class ConditionDefinition
{
    internal ConditionDefinition(
        string id,
        string name,
        string summary,
        TriageLevel severity,
        IReadOnlyList<string> sources,
        double prior,
        IReadOnlyList<double> ageFactors,
        IReadOnlyList<double> sexFactors,
        IReadOnlyDictionary<string, double> groupDefaults,
        IReadOnlyDictionary<string, FindingLikelihood> likelihoods,
        IReadOnlyList<ConditionProfile>? profiles = null)
    {
        Profiles = profiles ?? [];
        Id = id;
        Name = name;
        Summary = summary;
        Severity = severity;
        Sources = sources;
        Prior = prior;
        AgeFactors = ageFactors;
        SexFactors = sexFactors;
        GroupDefaults = groupDefaults;
        Likelihoods = likelihoods;
    }

    /// <summary>Age bands (inclusive upper bounds, years) that <see cref="AgeFactors"/> follow: 10-19, 20-39, 40-59, 60-100.</summary>
    public static IReadOnlyList<int> AgeBandMaxima { get; } = [19, 39, 59, 100];

    public string Id { get; }

    public string Name { get; }

    /// <summary>One plain sentence on what the condition is.</summary>
    public string Summary { get; }

    /// <summary>The triage level this condition needs when it is reasonably likely (triage-policy.md).</summary>
    public TriageLevel Severity { get; }

    /// <summary>Source ids (knowledge/sources.yaml) the condition's profile rests on.</summary>
    public IReadOnlyList<string> Sources { get; }

    /// <summary>Share of runners with foot or lower-leg pain who have this condition, before age and sex.</summary>
    public double Prior { get; }

    /// <summary>Prior multipliers for the age bands in <see cref="AgeBandMaxima"/>.</summary>
    public IReadOnlyList<double> AgeFactors { get; }

    /// <summary>Prior multipliers for female and male.</summary>
    public IReadOnlyList<double> SexFactors { get; }

    /// <summary>P(present | condition) for bool findings of a group that are not listed.</summary>
    public IReadOnlyDictionary<string, double> GroupDefaults { get; }

    /// <summary>Per finding id, the outcome probabilities for findings the condition lists.</summary>
    public IReadOnlyDictionary<string, FindingLikelihood> Likelihoods { get; }

    /// <summary>Distinct presentations ranked as their own hypotheses and reported under this
    /// condition (acute limb ischaemia under arterial disease); empty for most conditions. The
    /// condition's own profile keeps the share the profiles leave.</summary>
    public IReadOnlyList<ConditionProfile> Profiles { get; }

    /// <summary>The prior for a runner of this age (years) and sex, before normalising.</summary>
    public double PriorFor(int age, Sex sex)
    {
        var band = 0;
        while (band < AgeBandMaxima.Count - 1 && age > AgeBandMaxima[band])
        {
            band++;
        }

        return Prior * AgeFactors[band] * SexFactors[sex == Sex.Female ? 0 : 1];
    }
}

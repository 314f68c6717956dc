namespace Footfall.Assessment;

/// <summary>
/// A runner's situation as the assessment sees it (spec/case-format.md): age, sex and the answers
/// so far. A finding that is not in <see cref="Evidence"/> is unknown and changes nothing.
/// Immutable: <see cref="With"/> returns a new case, which is how an interview adds an answer.
/// </summary>
public sealed class Case
{
    /// <summary>Creates a case.</summary>
    /// <param name="age">Age in whole years, 10 to 100.</param>
    /// <param name="sex">Sex, used for priors.</param>
    /// <param name="evidence">Finding id to answer. Ids are checked against the knowledge base by
    /// <see cref="CaseJson"/> and by the engine.</param>
    /// <param name="dataSources">Finding id to a plain description of the data it came from (such as
    /// "your imported runs: weekly distance up 45% on the previous four weeks"); not part of the
    /// case JSON format but carried into the result.</param>
    public Case(int age, Sex sex, IReadOnlyDictionary<string, FindingAnswer>? evidence = null, IReadOnlyDictionary<string, string>? dataSources = null)
    {
        if (age is < MinimumAge or > MaximumAge)
        {
            throw new ArgumentOutOfRangeException(nameof(age), age, $"Age must be {MinimumAge} to {MaximumAge} years.");
        }

        Age = age;
        Sex = sex;
        Evidence = evidence is null
            ? new Dictionary<string, FindingAnswer>(StringComparer.Ordinal)
            : new Dictionary<string, FindingAnswer>(evidence, StringComparer.Ordinal);
        DataSources = dataSources is null
            ? new Dictionary<string, string>(StringComparer.Ordinal)
            : new Dictionary<string, string>(dataSources, StringComparer.Ordinal);
    }

    /// <summary>Youngest age the case format accepts, in years.</summary>
    /// <summary>A case over dictionaries the caller has just built and hands over (a parser), without copying them.</summary>
    internal Case(int age, Sex sex, Dictionary<string, FindingAnswer> evidence, Dictionary<string, string>? dataSources, bool handOver)
    {
        if (age is < MinimumAge or > MaximumAge)
        {
            throw new ArgumentOutOfRangeException(nameof(age), age, $"Age must be {MinimumAge} to {MaximumAge} years.");
        }

        _ = handOver;
        Age = age;
        Sex = sex;
        Evidence = evidence;
        DataSources = dataSources is { Count: > 0 } ? dataSources : NoDataSources;
    }

    private static readonly IReadOnlyDictionary<string, string> NoDataSources = System.Collections.ObjectModel.ReadOnlyDictionary<string, string>.Empty;

    public const int MinimumAge = 10;

    /// <summary>Oldest age the case format accepts, in years.</summary>
    public const int MaximumAge = 100;

    public int Age { get; }

    public Sex Sex { get; }

    /// <summary>Finding id to answer; "not sure" answers mark findings that were asked.</summary>
    public IReadOnlyDictionary<string, FindingAnswer> Evidence { get; }

    /// <summary>Finding id to a plain description of the imported data it came from.</summary>
    public IReadOnlyDictionary<string, string> DataSources { get; }

    /// <summary>A copy with one answer set (or replaced).</summary>
    public Case With(string findingId, FindingAnswer answer)
    {
        var evidence = new Dictionary<string, FindingAnswer>(Evidence, StringComparer.Ordinal) { [findingId] = answer };
        return new Case(Age, Sex, evidence, DataSources);
    }

    /// <summary>A copy without an answer (going back in an interview).</summary>
    public Case Without(string findingId)
    {
        var evidence = new Dictionary<string, FindingAnswer>(Evidence, StringComparer.Ordinal);
        evidence.Remove(findingId);
        return new Case(Age, Sex, evidence, DataSources);
    }

    /// <summary>A copy with a data source noted for a finding.</summary>
    public Case WithDataSource(string findingId, string description)
    {
        var sources = new Dictionary<string, string>(DataSources, StringComparer.Ordinal) { [findingId] = description };
        return new Case(Age, Sex, Evidence, sources);
    }
}

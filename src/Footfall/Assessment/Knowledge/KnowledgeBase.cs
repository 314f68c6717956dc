namespace Footfall.Assessment.Knowledge;

/// <summary>
/// The clinical knowledge Footfall assesses with, loaded from the YAML files of <c>knowledge/</c>
/// and validated as a whole: every referenced id exists, every probability is in (0, 1), every
/// condition and number names its source, and every vocabulary id (spec/vocabulary.yaml) is present.
/// Immutable and safe to share between threads.
/// </summary>
public sealed class KnowledgeBase
{
    private readonly Dictionary<string, FindingDefinition> _findings;
    private readonly Dictionary<string, ConditionDefinition> _conditions;
    private readonly Dictionary<string, FindingDefinition>.AlternateLookup<ReadOnlySpan<char>> _findingsBySpan;

    internal KnowledgeBase(
        IReadOnlyList<FindingDefinition> findings,
        IReadOnlyDictionary<string, string> groups,
        IReadOnlyList<CorrelationGroup> correlationGroups,
        IReadOnlyList<ConditionDefinition> conditions,
        string otherCauseName,
        double otherCausePrior,
        IReadOnlyList<TriageRule> rules,
        TriageThresholds thresholds,
        IReadOnlyList<SelfTestDefinition> selfTests,
        IReadOnlyDictionary<TriageLevel, AdviceEntry> triageAdvice,
        IReadOnlyDictionary<string, AdviceEntry> conditionAdvice,
        IReadOnlyDictionary<string, string> sources,
        IReadOnlyList<PublishedFigure> figures)
    {
        Figures = figures;
        Findings = findings;
        Groups = groups;
        CorrelationGroups = correlationGroups;
        Conditions = conditions;
        OtherCauseName = otherCauseName;
        OtherCausePrior = otherCausePrior;
        Rules = rules;
        Thresholds = thresholds;
        SelfTests = selfTests;
        TriageAdvice = triageAdvice;
        ConditionAdvice = conditionAdvice;
        Sources = sources;
        _findings = findings.ToDictionary(f => f.Id, StringComparer.Ordinal);
        _conditions = conditions.ToDictionary(c => c.Id, StringComparer.Ordinal);
        _findingsBySpan = _findings.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>Every finding, in the order of findings.yaml (vocabulary findings first).</summary>
    public IReadOnlyList<FindingDefinition> Findings { get; }

    /// <summary>Interview group id to heading, in display order.</summary>
    public IReadOnlyDictionary<string, string> Groups { get; }

    /// <summary>Groups of findings that go together, whose likelihood ratios are tempered rather than multiplied.</summary>
    public IReadOnlyList<CorrelationGroup> CorrelationGroups { get; }

    public IReadOnlyList<ConditionDefinition> Conditions { get; }

    /// <summary>Name of the "other cause" leak that explains findings at their reference rates.</summary>
    public string OtherCauseName { get; }

    /// <summary>Prior of the "other cause" leak, before normalising.</summary>
    public double OtherCausePrior { get; }

    public IReadOnlyList<TriageRule> Rules { get; }

    public TriageThresholds Thresholds { get; }

    public IReadOnlyList<SelfTestDefinition> SelfTests { get; }

    /// <summary>The interview's own policy (knowledge/interview.yaml).</summary>
    public required InterviewPolicy Interview { get; init; }

    public IReadOnlyDictionary<TriageLevel, AdviceEntry> TriageAdvice { get; }

    /// <summary>Advice per condition id.</summary>
    public IReadOnlyDictionary<string, AdviceEntry> ConditionAdvice { get; }

    /// <summary>Source id to citation (knowledge/sources.yaml).</summary>
    public IReadOnlyDictionary<string, string> Sources { get; }

    /// <summary>The figures the sources state (knowledge/sources.yaml), each checked against the
    /// numbers that name its source.</summary>
    public IReadOnlyList<PublishedFigure> Figures { get; }

    /// <summary>The finding with this id, or null.</summary>
    public FindingDefinition? FindFinding(string id) => _findings.GetValueOrDefault(id);

    /// <summary>The finding with this id, or null, without making a string of the id (for parsers).</summary>
    public FindingDefinition? FindFinding(ReadOnlySpan<char> id) => _findingsBySpan.TryGetValue(id, out var finding) ? finding : null;

    /// <summary>The condition with this id, or null.</summary>
    public ConditionDefinition? FindCondition(string id) => _conditions.GetValueOrDefault(id);

    /// <summary>Loads the knowledge shipped with the app, from <see cref="KnowledgeLocation"/>'s default folder.</summary>
    /// <exception cref="KnowledgeBaseException">The folder is not found or the knowledge is invalid.</exception>
    public static KnowledgeBase LoadDefault() => Load(FindDefaultDirectory());

    /// <summary>The folder <see cref="LoadDefault"/> reads (see <see cref="KnowledgeLocation.Find"/>).</summary>
    public static string FindDefaultDirectory() =>
        KnowledgeLocation.Find(AppContext.BaseDirectory)
        ?? throw new KnowledgeBaseException($"knowledge/: not found beside {AppContext.BaseDirectory} nor in a folder above it holding {KnowledgeLocation.SolutionFile}");

    /// <summary>Loads the assessment files (the top-level *.yaml) of a knowledge folder.</summary>
    /// <exception cref="KnowledgeBaseException">A file is missing, malformed or invalid.</exception>
    public static KnowledgeBase Load(string directory)
    {
        ArgumentNullException.ThrowIfNull(directory);
        if (!Directory.Exists(directory))
        {
            throw new KnowledgeBaseException($"{directory}: the knowledge folder does not exist");
        }

        var texts = KnowledgeLoader.RequiredFiles
            .Where(f => File.Exists(Path.Combine(directory, f)))
            .ToDictionary(f => f, f => File.ReadAllText(Path.Combine(directory, f)), StringComparer.Ordinal);
        return KnowledgeLoader.Load(texts);
    }

    /// <summary>
    /// Loads from streams keyed by file name (<c>findings.yaml</c>, <c>conditions.yaml</c>,
    /// <c>red-flags.yaml</c>, <c>self-tests.yaml</c>, <c>advice.yaml</c>, <c>sources.yaml</c>).
    /// The streams are read to the end and not disposed.
    /// </summary>
    public static KnowledgeBase Load(IReadOnlyDictionary<string, Stream> files)
    {
        ArgumentNullException.ThrowIfNull(files);
        var texts = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (name, stream) in files)
        {
            using var reader = new StreamReader(stream, leaveOpen: true);
            texts[name] = reader.ReadToEnd();
        }

        return KnowledgeLoader.Load(texts);
    }
}

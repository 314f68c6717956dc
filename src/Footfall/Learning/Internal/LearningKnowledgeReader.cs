using System.Globalization;
using Footfall.Assessment.Knowledge;
using Footfall.KnowledgeReading;
using Footfall.Recovery;
using YamlDotNet.Core;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace Footfall.Learning.Internal;

/// <summary>Reads knowledge/learning and collects every error (file and key) before failing.</summary>
internal sealed class LearningKnowledgeReader
{
    internal const string GuidesFile = "guides.yaml";
    internal const string ClassFile = "class.yaml";
    internal const string ChecksFile = "checks.yaml";
    private const long MaxFileBytes = 1 << 20;

    private static readonly IDeserializer Yaml = new DeserializerBuilder()
        .WithNamingConvention(UnderscoredNamingConvention.Instance)
        .Build();

    private readonly string _root;
    private readonly KnowledgeBase _knowledge;
    private readonly RecoveryKnowledge _recovery;
    private readonly KnowledgeErrors _errors = new();

    private LearningKnowledgeReader(string root, KnowledgeBase knowledge, RecoveryKnowledge recovery)
    {
        _root = root;
        _knowledge = knowledge;
        _recovery = recovery;
    }

    public static LearningKnowledge Read(string root, KnowledgeBase knowledge, RecoveryKnowledge recovery)
    {
        ArgumentNullException.ThrowIfNull(knowledge);
        ArgumentNullException.ThrowIfNull(recovery);
        if (!Directory.Exists(root))
        {
            throw new LearningKnowledgeException($"{root}: the learning knowledge folder does not exist.");
        }

        var reader = new LearningKnowledgeReader(root, knowledge, recovery);
        var guides = reader.Parse<GuidesDocument>(GuidesFile);
        var review = reader.ReadReview(guides?.Review);
        var notes = reader.ReadNotes(guides?.Guides);
        var runningClass = reader.ReadClass(reader.Parse<ClassDocument>(ClassFile));
        var checks = reader.Parse<ChecksDocument>(ChecksFile);
        var shoeWear = reader.ReadShoeWear(checks?.ShoeWear);
        var formCheck = reader.ReadFormCheck(checks?.FormCheck);
        if (reader._errors.Count > 0)
        {
            throw new LearningKnowledgeException(string.Join(Environment.NewLine, reader._errors));
        }

        return new LearningKnowledge(review, notes, runningClass, shoeWear, formCheck);
    }

    private T? Parse<T>(string file)
        where T : class
    {
        var path = Path.Combine(_root, file);
        if (!File.Exists(path))
        {
            _errors.Add(file, string.Empty, "the file is missing.");
            return null;
        }

        if (new FileInfo(path).Length > MaxFileBytes)
        {
            _errors.Add(file, string.Empty, $"larger than {MaxFileBytes} bytes.");
            return null;
        }

        try
        {
            return Yaml.Deserialize<T>(File.ReadAllText(path)) ?? (T?)null;
        }
        catch (YamlException ex)
        {
            _errors.Add(file, string.Empty, $"line {ex.Start.Line}: {(ex.InnerException ?? ex).Message}");
            return null;
        }
    }

    private ContentReview ReadReview(ReviewDocument? doc)
    {
        const string key = "review";
        var preparedOn = Date(doc?.PreparedOn, $"{key}.prepared_on", required: true) ?? default;
        var role = (doc?.ReviewerRole ?? string.Empty).Trim();
        var reviewedOn = Date(doc?.ReviewedOn, $"{key}.reviewed_on", required: false);
        if ((role.Length > 0) != (reviewedOn is not null))
        {
            _errors.Add(GuidesFile, key, "reviewer_role and reviewed_on are given together or not at all.");
        }

        return new ContentReview(Text(doc?.PreparedBy, GuidesFile, $"{key}.prepared_by"), preparedOn, role, reviewedOn, Text(doc?.Basis, GuidesFile, $"{key}.basis"));
    }

    private Dictionary<string, GuideNote> ReadNotes(Dictionary<string, GuideNoteDocument?>? docs)
    {
        var notes = new Dictionary<string, GuideNote>(StringComparer.Ordinal);
        docs ??= [];
        foreach (var condition in _knowledge.Conditions)
        {
            if (!docs.ContainsKey(condition.Id))
            {
                _errors.Add(GuidesFile, "guides", $"no guide for the condition '{condition.Id}'.");
            }
        }

        foreach (var (id, doc) in docs)
        {
            var key = $"guides.{id}";
            if (_knowledge.FindCondition(id) is null)
            {
                _errors.Add(GuidesFile, key, $"'{id}' is not a condition in conditions.yaml.");
                continue;
            }

            var who = Text(doc?.Who, GuidesFile, $"{key}.who");
            var whoSources = Sources(doc?.Src, GuidesFile, $"{key}.src");
            string? duration = null;
            IReadOnlyList<string> durationSources = [];
            if (doc?.Duration is { } d)
            {
                duration = Text(d.Summary, GuidesFile, $"{key}.duration.summary");
                durationSources = Sources(d.Src, GuidesFile, $"{key}.duration.src");
            }
            else if (!_recovery.Plans.ContainsKey(id))
            {
                _errors.Add(GuidesFile, key, "a condition without a recovery plan needs a duration with its source.");
            }

            notes[id] = new GuideNote(id, who, whoSources, duration, durationSources);
        }

        return notes;
    }

    private RunningClass ReadClass(ClassDocument? doc)
    {
        var sections = new List<ClassSection>();
        var docs = doc?.Sections ?? [];
        if (doc is not null && docs.Count == 0)
        {
            _errors.Add(ClassFile, "sections", "the class has no sections.");
        }

        for (var s = 0; s < docs.Count; s++)
        {
            var key = string.Create(CultureInfo.InvariantCulture, $"sections[{s}]");
            var items = new List<ClassItem>();
            var itemDocs = docs[s].Items ?? [];
            for (var i = 0; i < itemDocs.Count; i++)
            {
                var itemKey = string.Create(CultureInfo.InvariantCulture, $"{key}.items[{i}]");
                if (ReadItem(itemDocs[i], itemKey) is { } item)
                {
                    items.Add(item);
                }
            }

            if (itemDocs.Count == 0)
            {
                _errors.Add(ClassFile, $"{key}.items", "a section needs at least one exercise.");
            }

            sections.Add(new ClassSection(Text(docs[s].Id, ClassFile, $"{key}.id"), Text(docs[s].Name, ClassFile, $"{key}.name"), items));
        }

        return new RunningClass(
            Text(doc?.Title, ClassFile, "title"),
            Text(doc?.Summary, ClassFile, "summary"),
            Sources(doc?.Src, ClassFile, "src"),
            sections,
            TextList(doc?.StopIf, ClassFile, "stop_if"));
    }

    private ClassItem? ReadItem(ClassItemDocument doc, string key)
    {
        var id = doc.Exercise ?? string.Empty;
        if (!_recovery.Exercises.TryGetValue(id, out var exercise))
        {
            _errors.Add(ClassFile, $"{key}.exercise", $"'{id}' is not an exercise in recovery/exercises.yaml.");
            return null;
        }

        if (doc.Sets is < 1 or > 20)
        {
            _errors.Add(ClassFile, $"{key}.sets", $"{doc.Sets} is not in 1 to 20.");
        }

        if ((doc.Reps is null) == (doc.HoldSeconds is null))
        {
            _errors.Add(ClassFile, key, "give either reps or hold_seconds.");
        }
        else if (doc.Reps is < 1 or > 100 || doc.HoldSeconds is < 1 or > 600)
        {
            _errors.Add(ClassFile, key, "reps must be 1 to 100 and hold_seconds 1 to 600.");
        }

        if (doc.RestSeconds is < 0 or > 600)
        {
            _errors.Add(ClassFile, $"{key}.rest_seconds", $"{doc.RestSeconds} is not in 0 to 600.");
        }

        return new ClassItem(exercise, doc.Sets, doc.Reps, doc.HoldSeconds, doc.PerSide, doc.RestSeconds);
    }

    private ShoeWearCheck ReadShoeWear(ShoeWearDocument? doc)
    {
        const string key = "shoe_wear";
        var patterns = new List<ShoeWearPattern>();
        var docs = doc?.Patterns ?? [];
        for (var i = 0; i < docs.Count; i++)
        {
            var p = docs[i];
            var pKey = string.Create(CultureInfo.InvariantCulture, $"{key}.patterns[{i}]");
            var conditions = p.Conditions ?? [];
            foreach (var c in conditions.Where(c => _knowledge.FindCondition(c) is null))
            {
                _errors.Add(ChecksFile, $"{pKey}.conditions", $"'{c}' is not a condition in conditions.yaml.");
            }

            patterns.Add(new ShoeWearPattern(
                Text(p.Id, ChecksFile, $"{pKey}.id"),
                Text(p.Name, ChecksFile, $"{pKey}.name"),
                Text(p.Looks, ChecksFile, $"{pKey}.looks"),
                Text(p.Suggests, ChecksFile, $"{pKey}.suggests"),
                conditions,
                p.Src is null ? [] : Sources(p.Src, ChecksFile, $"{pKey}.src")));
        }

        if (doc is not null && patterns.Count == 0)
        {
            _errors.Add(ChecksFile, $"{key}.patterns", "no wear patterns.");
        }

        return new ShoeWearCheck(
            patterns,
            Sources(doc?.Src, ChecksFile, $"{key}.src"),
            Text(doc?.Mileage?.Summary, ChecksFile, $"{key}.mileage.summary"),
            Sources(doc?.Mileage?.Src, ChecksFile, $"{key}.mileage.src"));
    }

    private FormCheck ReadFormCheck(FormCheckDocument? doc)
    {
        const string key = "form_check";
        var views = new List<FormView>();
        var docs = doc?.Views ?? [];
        for (var i = 0; i < docs.Count; i++)
        {
            var vKey = string.Create(CultureInfo.InvariantCulture, $"{key}.views[{i}]");
            views.Add(new FormView(
                Text(docs[i].Id, ChecksFile, $"{vKey}.id"),
                Text(docs[i].Name, ChecksFile, $"{vKey}.name"),
                TextList(docs[i].LookFor, ChecksFile, $"{vKey}.look_for"),
                Sources(docs[i].Src, ChecksFile, $"{vKey}.src")));
        }

        return new FormCheck(
            TextList(doc?.Filming, ChecksFile, $"{key}.filming"),
            views,
            Text(doc?.Cadence, ChecksFile, $"{key}.cadence"),
            Sources(doc?.Src, ChecksFile, $"{key}.src"),
            Sources(doc?.CadenceSrc, ChecksFile, $"{key}.cadence_src"));
    }

    private List<string> Sources(List<string>? ids, string file, string key)
    {
        if (ids is null || ids.Count == 0)
        {
            _errors.Add(file, key, "names no source (use 'expert' for an expert estimate).");
            return [];
        }

        foreach (var id in ids.Where(id => !_knowledge.Sources.ContainsKey(id)))
        {
            _errors.Add(file, key, $"source '{id}' is not in sources.yaml.");
        }

        return ids;
    }

    private string Text(string? value, string file, string key)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            _errors.Add(file, key, "is missing or empty.");
            return string.Empty;
        }

        return value.Trim();
    }

    private List<string> TextList(List<string>? values, string file, string key)
    {
        if (values is null || values.Count == 0 || values.Any(string.IsNullOrWhiteSpace))
        {
            _errors.Add(file, key, "needs at least one line, and no empty ones.");
            return values?.Where(v => !string.IsNullOrWhiteSpace(v)).ToList() ?? [];
        }

        return values;
    }

    private DateOnly? Date(string? value, string key, bool required)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            if (required)
            {
                _errors.Add(GuidesFile, key, "is missing (a date such as 2026-12-01).");
            }

            return null;
        }

        if (DateOnly.TryParseExact(value.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        _errors.Add(GuidesFile, key, $"'{value}' is not a date such as 2026-12-01.");
        return null;
    }
}

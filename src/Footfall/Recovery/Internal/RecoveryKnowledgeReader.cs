using System.Globalization;
using System.Xml;
using Footfall.KnowledgeReading;
using Footfall.Recovery.Questionnaires;
using YamlDotNet.Core;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace Footfall.Recovery.Internal;

/// <summary>Reads knowledge/recovery and collects every error (file and key) before failing.</summary>
internal sealed class RecoveryKnowledgeReader
{
    internal const string CriteriaFile = "criteria.yaml";
    internal const string PainModelsFile = "pain-models.yaml";
    internal const string ReturnToRunFile = "return-to-run.yaml";
    internal const string ExercisesFile = "exercises.yaml";
    internal const string NoPlanFile = "no-plan.yaml";
    internal const string QuestionnairesFile = "questionnaires.yaml";
    internal const string PlansFolder = "plans";

    // Knowledge files are small reviewed documents; anything larger is a mistake, not knowledge.
    private const long MaxFileBytes = 1024 * 1024;

    private static readonly IDeserializer Yaml = new DeserializerBuilder()
        .WithNamingConvention(UnderscoredNamingConvention.Instance)
        .Build();

    private readonly string _root;
    private readonly KnowledgeErrors _errors = new();

    private RecoveryKnowledgeReader(string root) => _root = root;

    public static RecoveryKnowledge Read(string root)
    {
        ArgumentNullException.ThrowIfNull(root);
        if (!Directory.Exists(root))
        {
            throw new RecoveryKnowledgeException($"{root}: the recovery knowledge folder does not exist.");
        }

        return new RecoveryKnowledgeReader(root).ReadAll();
    }

    private RecoveryKnowledge ReadAll()
    {
        var criteria = ReadCriteria();
        var painModels = ReadPainModels();
        var progressions = ReadProgressions();
        var exercises = ReadExercises();
        var noPlan = ReadNoPlan();
        var questionnaires = ReadQuestionnaires();
        var plans = ReadPlans(criteria, painModels, progressions, exercises);

        foreach (var id in noPlan.Keys.Where(plans.ContainsKey))
        {
            _errors.Add($"{NoPlanFile}: no_plan[{id}]: the condition also has a plan in {PlansFolder}/{id}.yaml.");
        }

        if (_errors.Count > 0)
        {
            throw new RecoveryKnowledgeException(_errors);
        }

        return new RecoveryKnowledge(plans, noPlan, exercises, criteria, painModels, progressions, questionnaires);
    }

    private T? Parse<T>(string relativePath)
        where T : class
    {
        var path = Path.Combine(_root, relativePath);
        if (!File.Exists(path))
        {
            _errors.Add($"{relativePath}: the file is missing.");
            return null;
        }

        var info = new FileInfo(path);
        if (info.Length > MaxFileBytes)
        {
            _errors.Add($"{relativePath}: the file is larger than {MaxFileBytes} bytes.");
            return null;
        }

        try
        {
            using var stream = File.OpenRead(path);
            using var reader = new StreamReader(stream);
            var document = Yaml.Deserialize<T?>(reader);
            if (document is null)
            {
                _errors.Add($"{relativePath}: the file is empty.");
            }

            return document;
        }
        catch (YamlException ex)
        {
            var message = ex.InnerException?.Message ?? ex.Message;
            _errors.Add($"{relativePath}: line {ex.Start.Line}, column {ex.Start.Column}: {message}");
            return null;
        }
    }

    private string Text(string? value, string file, string key)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            _errors.Add($"{file}: {key}: missing or empty.");
            return string.Empty;
        }

        return value.Trim();
    }

    private int Number(int? value, string file, string key, int min, int max)
    {
        if (value is not { } number)
        {
            _errors.Add($"{file}: {key}: missing.");
            return min;
        }

        if (number < min || number > max)
        {
            _errors.Add(string.Create(CultureInfo.InvariantCulture, $"{file}: {key}: {number} is outside {min} to {max}."));
        }

        return number;
    }

    private List<string> TextList(List<string>? values, string file, string key, bool required = true)
    {
        if (values is null || values.Count == 0)
        {
            if (required)
            {
                _errors.Add($"{file}: {key}: missing or empty list.");
            }

            return [];
        }

        var list = new List<string>(values.Count);
        for (var i = 0; i < values.Count; i++)
        {
            list.Add(Text(values[i], file, string.Create(CultureInfo.InvariantCulture, $"{key}[{i}]")));
        }

        return list;
    }

    private string Id(string? value, string file, string key)
    {
        var id = Text(value, file, key);
        if (id.Length > 0 && !id.All(c => c is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '_'))
        {
            _errors.Add($"{file}: {key}: '{id}' must be lower_snake_case.");
        }

        return id;
    }

    private Dictionary<string, T> Index<TDoc, T>(List<TDoc>? docs, string file, string listKey, Func<TDoc, string, T?> map, Func<TDoc, string?> idOf)
        where T : class
    {
        var result = new Dictionary<string, T>(StringComparer.Ordinal);
        if (docs is null || docs.Count == 0)
        {
            _errors.Add($"{file}: {listKey}: missing or empty list.");
            return result;
        }

        for (var i = 0; i < docs.Count; i++)
        {
            var rawId = idOf(docs[i]);
            var key = string.IsNullOrWhiteSpace(rawId)
                ? string.Create(CultureInfo.InvariantCulture, $"{listKey}[{i}]")
                : $"{listKey}[{rawId}]";
            var id = Id(rawId, file, $"{key}.id");
            var item = map(docs[i], key);
            if (item is null || id.Length == 0)
            {
                continue;
            }

            if (!result.TryAdd(id, item))
            {
                _errors.Add($"{file}: {key}: the id '{id}' is used twice.");
            }
        }

        return result;
    }

    private static TEnum? ParseEnum<TEnum>(string? value)
        where TEnum : struct, Enum
    {
        if (value is null)
        {
            return null;
        }

        var pascal = string.Concat(value.Split('_', StringSplitOptions.RemoveEmptyEntries)
            .Select(part => char.ToUpperInvariant(part[0]) + part[1..]));
        return System.Enum.TryParse<TEnum>(pascal, ignoreCase: false, out var parsed) && System.Enum.IsDefined(parsed) ? parsed : null;
    }

    private TEnum EnumValue<TEnum>(string? value, string file, string key)
        where TEnum : struct, Enum
    {
        if (ParseEnum<TEnum>(value) is { } parsed)
        {
            return parsed;
        }

        var allowed = string.Join(", ", System.Enum.GetNames<TEnum>().Select(ToSnake));
        _errors.Add($"{file}: {key}: '{value}' is not one of {allowed}.");
        return default;
    }

    internal static string ToSnake(string pascal) =>
        string.Concat(pascal.Select((c, i) => char.IsUpper(c) ? (i > 0 ? "_" : string.Empty) + char.ToLowerInvariant(c) : c.ToString()));

    private Dictionary<string, PhaseCriterion> ReadCriteria()
    {
        var doc = Parse<CriteriaDocument>(CriteriaFile);
        return doc is null ? [] : Index(doc.Criteria, CriteriaFile, "criteria", (c, key) =>
        {
            var kind = EnumValue<CriterionKind>(c.Kind, CriteriaFile, $"{key}.kind");
            var needsThreshold = kind is not (CriterionKind.SettledByNextMorning
                or CriterionKind.NoBonyTenderness or CriterionKind.ClinicianClearance);
            if (needsThreshold && c.Threshold is null)
            {
                _errors.Add($"{CriteriaFile}: {key}.threshold: missing; a {ToSnake(kind.ToString())} criterion needs one.");
            }
            else if (c.Threshold is < 0 or > 1000)
            {
                _errors.Add($"{CriteriaFile}: {key}.threshold: outside 0 to 1000.");
            }

            return new PhaseCriterion(c.Id ?? string.Empty, kind, c.Threshold, Text(c.Text, CriteriaFile, $"{key}.text"), Text(c.Source, CriteriaFile, $"{key}.source"));
        }, c => c.Id);
    }

    private Dictionary<string, PainMonitoringModel> ReadPainModels()
    {
        var doc = Parse<PainModelsDocument>(PainModelsFile);
        return doc is null ? [] : Index(doc.PainModels, PainModelsFile, "pain_models", (m, key) =>
        {
            var safe = Number(m.SafeMaxPain, PainModelsFile, $"{key}.safe_max_pain", 0, 10);
            var acceptable = Number(m.AcceptableMaxPain, PainModelsFile, $"{key}.acceptable_max_pain", 0, 10);
            if (acceptable < safe)
            {
                _errors.Add($"{PainModelsFile}: {key}.acceptable_max_pain: must not be below safe_max_pain.");
            }

            var severe = Number(m.SeeClinicianPain, PainModelsFile, $"{key}.see_clinician_pain", 1, 10);
            if (severe <= acceptable)
            {
                _errors.Add($"{PainModelsFile}: {key}.see_clinician_pain: must be above acceptable_max_pain.");
            }

            return new PainMonitoringModel(
                m.Id ?? string.Empty,
                Text(m.Name, PainModelsFile, $"{key}.name"),
                safe,
                acceptable,
                Number(m.MorningRiseStepBack, PainModelsFile, $"{key}.morning_rise_step_back", 1, 10),
                Number(m.StiffnessRiseHoldMinutes, PainModelsFile, $"{key}.stiffness_rise_hold_minutes", 1, 240),
                severe,
                Number(m.GoodDaysToProgress, PainModelsFile, $"{key}.good_days_to_progress", 1, 14),
                Text(m.Source, PainModelsFile, $"{key}.source"));
        }, m => m.Id);
    }

    private Dictionary<string, WalkRunProgression> ReadProgressions()
    {
        var doc = Parse<ProgressionsDocument>(ReturnToRunFile);
        return doc is null ? [] : Index(doc.Progressions, ReturnToRunFile, "progressions", (p, key) =>
        {
            var sessions = new List<WalkRunSession>();
            if (p.Sessions is null || p.Sessions.Count == 0)
            {
                _errors.Add($"{ReturnToRunFile}: {key}.sessions: missing or empty list.");
            }
            else
            {
                for (var i = 0; i < p.Sessions.Count; i++)
                {
                    var sessionKey = string.Create(CultureInfo.InvariantCulture, $"{key}.sessions[{i}]");
                    var day = Number(p.Sessions[i].Day, ReturnToRunFile, $"{sessionKey}.day", 1, 365);
                    if (day != i + 1)
                    {
                        _errors.Add(string.Create(CultureInfo.InvariantCulture, $"{ReturnToRunFile}: {sessionKey}.day: expected day {i + 1}; days run from 1 without gaps."));
                    }

                    sessions.Add(new WalkRunSession(day, ParseSegments(p.Sessions[i].Session, $"{sessionKey}.session")));
                }
            }

            return new WalkRunProgression(
                p.Id ?? string.Empty,
                Text(p.Name, ReturnToRunFile, $"{key}.name"),
                sessions,
                TextList(p.Rules, ReturnToRunFile, $"{key}.rules"),
                Text(p.Source, ReturnToRunFile, $"{key}.source"));
        }, p => p.Id);
    }

    /// <summary>Parses "walk 15, jog 5, walk 10" or "recovery".</summary>
    private List<WalkRunSegment> ParseSegments(string? text, string key)
    {
        var segments = new List<WalkRunSegment>();
        var value = Text(text, ReturnToRunFile, key);
        if (value.Length == 0 || string.Equals(value, "recovery", StringComparison.Ordinal))
        {
            return segments;
        }

        foreach (var part in value.Split(',', StringSplitOptions.TrimEntries))
        {
            var words = part.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (words.Length != 2
                || ParseEnum<WalkRunPace>(words[0]) is not { } pace
                || !int.TryParse(words[1], NumberStyles.None, CultureInfo.InvariantCulture, out var minutes)
                || minutes is < 1 or > 120)
            {
                _errors.Add($"{ReturnToRunFile}: {key}: '{part}' is not 'walk|jog|run <minutes 1-120>' (or the whole session 'recovery').");
                continue;
            }

            segments.Add(new WalkRunSegment(pace, minutes));
        }

        return segments;
    }

    private Dictionary<string, Exercise> ReadExercises()
    {
        var doc = Parse<ExercisesDocument>(ExercisesFile);
        return doc is null ? [] : Index(doc.Exercises, ExercisesFile, "exercises", (e, key) => new Exercise(
            e.Id ?? string.Empty,
            Text(e.Name, ExercisesFile, $"{key}.name"),
            Text(e.Target, ExercisesFile, $"{key}.target"),
            TextList(e.Steps, ExercisesFile, $"{key}.steps"),
            Text(e.Dosage, ExercisesFile, $"{key}.dosage"),
            TextList(e.CommonMistakes, ExercisesFile, $"{key}.common_mistakes"),
            TextList(e.WhenNotToDoIt, ExercisesFile, $"{key}.when_not_to_do_it"),
            ReadIllustration(e.Illustration, $"{key}.illustration"),
            Text(e.Source, ExercisesFile, $"{key}.source")), e => e.Id);
    }

    private string ReadIllustration(string? relative, string key)
    {
        var name = Text(relative, ExercisesFile, key);
        if (name.Length == 0)
        {
            return string.Empty;
        }

        var full = Path.GetFullPath(Path.Combine(_root, name));
        if (!full.StartsWith(Path.GetFullPath(_root), StringComparison.Ordinal) || !full.EndsWith(".svg", StringComparison.Ordinal))
        {
            _errors.Add($"{ExercisesFile}: {key}: '{name}' must be an .svg file inside knowledge/recovery.");
            return string.Empty;
        }

        if (!File.Exists(full))
        {
            _errors.Add($"{ExercisesFile}: {key}: the file '{name}' is missing.");
            return string.Empty;
        }

        var svg = File.ReadAllText(full);
        try
        {
            var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null };
            using var reader = XmlReader.Create(new StringReader(svg), settings);
            reader.MoveToContent();
            if (reader.LocalName != "svg" || reader.NamespaceURI != "http://www.w3.org/2000/svg")
            {
                _errors.Add($"{name}: {key}: the root element is not an SVG <svg> element.");
            }

            while (reader.Read())
            {
                if (reader.NodeType == XmlNodeType.Element && reader.LocalName is "script" or "foreignObject")
                {
                    _errors.Add($"{name}: {key}: <{reader.LocalName}> is not allowed in an illustration.");
                }
            }
        }
        catch (XmlException ex)
        {
            _errors.Add($"{name}: {key}: not well-formed XML: {ex.Message}");
        }

        return svg;
    }

    private Dictionary<string, string> ReadNoPlan()
    {
        var doc = Parse<ExclusionsDocument>(NoPlanFile);
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        if (doc?.NoPlan is null)
        {
            return result;
        }

        for (var i = 0; i < doc.NoPlan.Count; i++)
        {
            var key = string.Create(CultureInfo.InvariantCulture, $"no_plan[{i}]");
            var id = Id(doc.NoPlan[i].Condition, NoPlanFile, $"{key}.condition");
            var reason = Text(doc.NoPlan[i].Reason, NoPlanFile, $"{key}.reason");
            if (id.Length > 0 && !result.TryAdd(id, reason))
            {
                _errors.Add($"{NoPlanFile}: {key}.condition: '{id}' is listed twice.");
            }
        }

        return result;
    }

    private Dictionary<string, Questionnaire> ReadQuestionnaires()
    {
        var doc = Parse<QuestionnairesDocument>(QuestionnairesFile);
        const string file = QuestionnairesFile;
        return doc is null ? [] : Index(doc.Questionnaires, file, "questionnaires", (q, key) =>
        {
            var responses = new List<ResponseOption>();
            for (var i = 0; i < (q.Responses?.Count ?? 0); i++)
            {
                var r = q.Responses![i];
                var rKey = string.Create(CultureInfo.InvariantCulture, $"{key}.responses[{i}]");
                if (r.Value is < 0 or > QuestionnaireScale.ItemMax)
                {
                    _errors.Add($"{file}: {rKey}.value: must be 0 to 4, or left out for N/A.");
                }

                responses.Add(new ResponseOption(r.Value, Text(r.Label, file, $"{rKey}.label")));
            }

            if (!Enumerable.Range(0, QuestionnaireScale.ItemMax + 1).All(v => responses.Any(r => r.Value == v)))
            {
                _errors.Add($"{file}: {key}.responses: every score 0 to 4 needs a response label.");
            }

            var scales = new List<QuestionnaireScale>();
            for (var i = 0; i < (q.Scales?.Count ?? 0); i++)
            {
                var s = q.Scales![i];
                var sKey = $"{key}.scales[{s.Id ?? i.ToString(CultureInfo.InvariantCulture)}]";
                var items = TextList(s.Items, file, $"{sKey}.items");
                var minAnswered = Number(s.MinAnswered, file, $"{sKey}.min_answered", 1, Math.Max(1, items.Count));
                if (s.Mcid is not > 0)
                {
                    _errors.Add($"{file}: {sKey}.mcid: missing or not positive.");
                }

                scales.Add(new QuestionnaireScale(
                    Id(s.Id, file, $"{sKey}.id"),
                    Text(s.Name, file, $"{sKey}.name"),
                    EnumValue<ScoringMethod>(s.Scoring, file, $"{sKey}.scoring"),
                    minAnswered,
                    Text(s.ScoringSource, file, $"{sKey}.scoring_source"),
                    s.Mcid ?? 1,
                    Text(s.McidSource, file, $"{sKey}.mcid_source"),
                    items));
            }

            if (scales.Count == 0)
            {
                _errors.Add($"{file}: {key}.scales: missing or empty list.");
            }

            return new Questionnaire(
                q.Id ?? string.Empty,
                Text(q.Name, file, $"{key}.name"),
                Text(q.Citation, file, $"{key}.citation"),
                Text(q.Licence, file, $"{key}.licence"),
                Text(q.Instructions, file, $"{key}.instructions"),
                responses,
                scales);
        }, q => q.Id);
    }

    private Dictionary<string, RecoveryPlan> ReadPlans(
        Dictionary<string, PhaseCriterion> criteria,
        Dictionary<string, PainMonitoringModel> painModels,
        Dictionary<string, WalkRunProgression> progressions,
        Dictionary<string, Exercise> exercises)
    {
        var plans = new Dictionary<string, RecoveryPlan>(StringComparer.Ordinal);
        var folder = Path.Combine(_root, PlansFolder);
        if (!Directory.Exists(folder))
        {
            _errors.Add($"{PlansFolder}/: the folder is missing.");
            return plans;
        }

        foreach (var path in Directory.EnumerateFiles(folder, "*.yaml").Order(StringComparer.Ordinal))
        {
            var file = $"{PlansFolder}/{Path.GetFileName(path)}";
            var doc = Parse<PlanDocument>(file);
            if (doc is null)
            {
                continue;
            }

            var plan = MapPlan(doc, file, criteria, painModels, progressions, exercises);
            if (plan.ConditionId.Length > 0 && !plans.TryAdd(plan.ConditionId, plan))
            {
                _errors.Add($"{file}: condition: '{plan.ConditionId}' already has a plan in another file.");
            }
        }

        return plans;
    }

    private RecoveryPlan MapPlan(
        PlanDocument doc,
        string file,
        Dictionary<string, PhaseCriterion> criteria,
        Dictionary<string, PainMonitoringModel> painModels,
        Dictionary<string, WalkRunProgression> progressions,
        Dictionary<string, Exercise> exercises)
    {
        var condition = Id(doc.Condition, file, "condition");
        if (condition.Length > 0 && !string.Equals($"{condition}.yaml", Path.GetFileName(file), StringComparison.Ordinal))
        {
            _errors.Add($"{file}: condition: '{condition}' should be in {PlansFolder}/{condition}.yaml.");
        }

        var painModelId = Text(doc.PainModel, file, "pain_model");
        if (!painModels.TryGetValue(painModelId, out var painModel))
        {
            if (painModelId.Length > 0)
            {
                _errors.Add($"{file}: pain_model: unknown pain model '{painModelId}'.");
            }

            painModel = new PainMonitoringModel(painModelId, string.Empty, 0, 0, 1, 1, 1, 1, string.Empty);
        }

        var progressionId = Text(doc.ReturnToRun, file, "return_to_run");
        if (!progressions.TryGetValue(progressionId, out var progression))
        {
            if (progressionId.Length > 0)
            {
                _errors.Add($"{file}: return_to_run: unknown walk-run progression '{progressionId}'.");
            }

            progression = new WalkRunProgression(progressionId, string.Empty, [], [], string.Empty);
        }

        var phases = new List<RecoveryPhase>();
        var phaseDocs = doc.Phases ?? [];
        if (phaseDocs.Count != 3)
        {
            _errors.Add(string.Create(CultureInfo.InvariantCulture, $"{file}: phases: a plan has exactly 3 phases, found {phaseDocs.Count}."));
        }

        for (var i = 0; i < phaseDocs.Count; i++)
        {
            phases.Add(MapPhase(phaseDocs[i], i, file, criteria, exercises));
        }

        var noRunning = doc.NoRunningUntilCleared ?? false;
        var clearance = doc.ClinicianClearanceRequired ?? false;
        var gate = CriteriaList(doc.ReadinessGate, file, "readiness_gate", criteria);
        if (noRunning && phases.Any(p => p.Running != RunningAllowance.None))
        {
            _errors.Add($"{file}: phases: no_running_until_cleared is true, so every phase must have running: none.");
        }

        if ((noRunning || clearance) && !gate.Any(c => c.Kind == CriterionKind.ClinicianClearance))
        {
            _errors.Add($"{file}: readiness_gate: this plan needs clinician clearance, so the gate must include a clinician_clearance criterion.");
        }

        var expected = doc.ExpectedRecovery;
        ExpectedRecovery expectedRecovery;
        if (expected is null)
        {
            _errors.Add($"{file}: expected_recovery: missing.");
            expectedRecovery = new ExpectedRecovery(0, 0, string.Empty, string.Empty);
        }
        else
        {
            var min = Number(expected.MinWeeks, file, "expected_recovery.min_weeks", 0, 520);
            var max = Number(expected.MaxWeeks, file, "expected_recovery.max_weeks", 0, 520);
            if (max < min)
            {
                _errors.Add($"{file}: expected_recovery.max_weeks: must not be below min_weeks.");
            }

            expectedRecovery = new ExpectedRecovery(min, max, Text(expected.Summary, file, "expected_recovery.summary"), Text(expected.Source, file, "expected_recovery.source"));
        }

        return new RecoveryPlan(
            condition,
            Text(doc.Title, file, "title"),
            Text(doc.Summary, file, "summary"),
            painModel,
            phases,
            gate,
            progression,
            expectedRecovery,
            noRunning,
            clearance,
            TextList(doc.SeeSomeoneIf, file, "see_someone_if"),
            TextList(doc.Sources, file, "sources"));
    }

    private RecoveryPhase MapPhase(PhaseDocument p, int index, string file, Dictionary<string, PhaseCriterion> criteria, Dictionary<string, Exercise> exercises)
    {
        var key = string.Create(CultureInfo.InvariantCulture, $"phases[{index}]");
        var number = Number(p.Number, file, $"{key}.number", 1, 3);
        if (number != index + 1)
        {
            _errors.Add(string.Create(CultureInfo.InvariantCulture, $"{file}: {key}.number: expected {index + 1}; phases are in order 1, 2, 3."));
        }

        var doses = new List<ExerciseDose>();
        if (p.Exercises is null || p.Exercises.Count == 0)
        {
            _errors.Add($"{file}: {key}.exercises: missing or empty list.");
        }
        else
        {
            for (var i = 0; i < p.Exercises.Count; i++)
            {
                var dKey = string.Create(CultureInfo.InvariantCulture, $"{key}.exercises[{i}]");
                var id = Text(p.Exercises[i].Id, file, $"{dKey}.id");
                if (!exercises.TryGetValue(id, out var exercise))
                {
                    if (id.Length > 0)
                    {
                        _errors.Add($"{file}: {dKey}.id: unknown exercise '{id}' (not in {ExercisesFile}).");
                    }

                    continue;
                }

                doses.Add(new ExerciseDose(id, string.IsNullOrWhiteSpace(p.Exercises[i].Dosage) ? exercise.Dosage : p.Exercises[i].Dosage!.Trim()));
            }
        }

        var crossTraining = new List<CrossTrainingOption>();
        for (var i = 0; i < (p.CrossTraining?.Count ?? 0); i++)
        {
            var cKey = string.Create(CultureInfo.InvariantCulture, $"{key}.cross_training[{i}]");
            var c = p.CrossTraining![i];
            crossTraining.Add(new CrossTrainingOption(EnumValue<CrossTrainingMode>(c.Mode, file, $"{cKey}.mode"), Text(c.Guidance, file, $"{cKey}.guidance")));
        }

        if (crossTraining.Count == 0)
        {
            _errors.Add($"{file}: {key}.cross_training: missing or empty list.");
        }

        return new RecoveryPhase(
            number,
            Text(p.Name, file, $"{key}.name"),
            TextList(p.Goals, file, $"{key}.goals"),
            doses,
            EnumValue<RunningAllowance>(p.Running, file, $"{key}.running"),
            Text(p.RunningGuidance, file, $"{key}.running_guidance"),
            crossTraining,
            CriteriaList(p.ExitCriteria, file, $"{key}.exit_criteria", criteria));
    }

    private List<PhaseCriterion> CriteriaList(List<string>? ids, string file, string key, Dictionary<string, PhaseCriterion> criteria)
    {
        var list = new List<PhaseCriterion>();
        if (ids is null || ids.Count == 0)
        {
            _errors.Add($"{file}: {key}: missing or empty list.");
            return list;
        }

        for (var i = 0; i < ids.Count; i++)
        {
            if (criteria.TryGetValue(ids[i] ?? string.Empty, out var criterion))
            {
                list.Add(criterion);
            }
            else
            {
                _errors.Add(string.Create(CultureInfo.InvariantCulture, $"{file}: {key}[{i}]: unknown criterion '{ids[i]}' (not in {CriteriaFile})."));
            }
        }

        return list;
    }
}

using Footfall.Assessment.Knowledge;

namespace Footfall.Assessment;

/// <summary>
/// The interview a runner takes, the one implementation that the web page, <c>footfall assess</c> and
/// <c>footfall eval --interview</c> all drive. Immutable: every action returns a new interview, so a
/// page can keep any step and Back is taking one step off.
/// <list type="bullet">
/// <item>Screens, in order: the opening warning-sign checklist; a warning sign answered "not sure"
/// asked again in plainer words or as a check; follow-ups that could make the triage more urgent;
/// how it started; the pain map as one checklist; then the most informative questions.</item>
/// <item>A red flag interrupts at once (<see cref="WarningScreen"/>); an emergency cannot be continued.</item>
/// <item>Before it stops, any finding that could still raise the triage is asked; the screen cap
/// (<see cref="AssessmentOptions.QuestionCap"/>, counting screens) never cuts a warning-sign follow-up.</item>
/// </list>
/// </summary>
public sealed class Interview
{
    private readonly AssessmentEngine _engine;
    private readonly IReadOnlyDictionary<string, FindingAnswer> _dataEvidence;
    private readonly IReadOnlyDictionary<string, string> _dataSources;
    private InterviewScreen? _screen;

    private Interview(
        AssessmentEngine engine, int age, Sex sex, IReadOnlyDictionary<string, FindingAnswer> dataEvidence,
        IReadOnlyDictionary<string, string> dataSources, IReadOnlyList<InterviewStep> steps)
    {
        _engine = engine;
        Age = age;
        Sex = sex;
        _dataEvidence = dataEvidence;
        _dataSources = dataSources;
        Steps = steps;
    }

    /// <summary>Starts an interview.</summary>
    /// <param name="engine">The engine.</param>
    /// <param name="age">Age in years, 10 to 100.</param>
    /// <param name="sex">Sex.</param>
    /// <param name="dataEvidence">Findings from the runner's imported data; an answer wins over them.</param>
    /// <param name="dataSources">For each data finding, a plain description of where it came from.</param>
    public static Interview Start(
        AssessmentEngine engine, int age, Sex sex,
        IReadOnlyDictionary<string, FindingAnswer>? dataEvidence = null, IReadOnlyDictionary<string, string>? dataSources = null)
    {
        ArgumentNullException.ThrowIfNull(engine);
        if (age is < Case.MinimumAge or > Case.MaximumAge)
        {
            throw new ArgumentOutOfRangeException(nameof(age), age, $"Age must be {Case.MinimumAge} to {Case.MaximumAge} years.");
        }

        return new Interview(engine, age, sex,
            dataEvidence ?? new Dictionary<string, FindingAnswer>(StringComparer.Ordinal),
            dataSources ?? new Dictionary<string, string>(StringComparer.Ordinal), []);
    }

    /// <summary>Rebuilds an interview from its steps (a page that kept them), checking each step against
    /// the screen it answers. Steps that no longer fit (the knowledge changed) end the replay there.</summary>
    public static Interview Replay(
        AssessmentEngine engine, int age, Sex sex, IEnumerable<InterviewStep> steps,
        IReadOnlyDictionary<string, FindingAnswer>? dataEvidence = null, IReadOnlyDictionary<string, string>? dataSources = null)
    {
        ArgumentNullException.ThrowIfNull(steps);
        var interview = Start(engine, age, sex, dataEvidence, dataSources);
        foreach (var step in steps)
        {
            if (!interview.Fits(step))
            {
                break;
            }

            interview = interview.With(step);
        }

        return interview;
    }

    public int Age { get; }

    public Sex Sex { get; }

    /// <summary>Every step taken, in order.</summary>
    public IReadOnlyList<InterviewStep> Steps { get; }

    /// <summary>Question and checklist screens answered (a checklist counts as one).</summary>
    public int ScreensAnswered => Steps.Count(s => s.Kind == InterviewStepKind.Answer);

    /// <summary>The case the answers so far make, with the data findings the runner did not answer.</summary>
    public Case Case
    {
        get
        {
            var evidence = new Dictionary<string, FindingAnswer>(_dataEvidence, StringComparer.Ordinal);
            var answered = new HashSet<string>(StringComparer.Ordinal);
            foreach (var (id, answer) in Steps.SelectMany(s => s.Answers))
            {
                evidence[id] = answer;
                answered.Add(id);
            }

            var sources = _dataSources.Where(s => !answered.Contains(s.Key)).ToDictionary(s => s.Key, s => s.Value, StringComparer.Ordinal);
            return new Case(Age, Sex, evidence, sources);
        }
    }

    /// <summary>What to show now.</summary>
    public InterviewScreen Screen => _screen ??= Plan();

    /// <summary>The assessment at this point (the final one once the screen is a result).</summary>
    public AssessmentResult Result => Screen.Result;

    /// <summary>Whether the interview has ended on its result.</summary>
    public bool IsComplete => Screen is ResultScreen;

    /// <summary>Answers the question on screen.</summary>
    /// <exception cref="InvalidOperationException">The screen is not a question.</exception>
    /// <exception cref="CaseFormatException">The answer does not fit the question (a number out of range).</exception>
    public Interview Answer(FindingAnswer answer)
    {
        if (Screen is not QuestionScreen q)
        {
            throw new InvalidOperationException("The interview is not showing a question.");
        }

        CheckAnswer(q.Question, answer);
        return With(InterviewStep.Answer(q.Question.Purpose, [new(q.Question.FindingId, answer)]));
    }

    /// <summary>Answers the pain map: the ticked places are present, the others absent.</summary>
    /// <exception cref="InvalidOperationException">The screen is not a tick list.</exception>
    /// <exception cref="CaseFormatException">A ticked id is not on the screen.</exception>
    public Interview Tick(IEnumerable<string> ticked)
    {
        ArgumentNullException.ThrowIfNull(ticked);
        if (Screen is not ChecklistScreen { EachAnswered: false } c)
        {
            throw new InvalidOperationException("The interview is not showing a tick list.");
        }

        var set = ticked.ToHashSet(StringComparer.Ordinal);
        if (set.FirstOrDefault(id => c.Items.All(i => i.FindingId != id)) is { } stray)
        {
            throw new CaseFormatException("evidence." + stray, "is not on this screen");
        }

        return With(InterviewStep.Answer(c.Purpose, [.. c.Items.Select(i => new KeyValuePair<string, FindingAnswer>(i.FindingId, FindingAnswer.Of(set.Contains(i.FindingId))))]));
    }

    /// <summary>Answers a checklist whose items each need yes, no or not sure.</summary>
    /// <exception cref="InvalidOperationException">The screen is not a checklist.</exception>
    /// <exception cref="CaseFormatException">An item is unanswered, not on the screen, or not a yes/no answer.</exception>
    public Interview AnswerEach(IReadOnlyDictionary<string, FindingAnswer> answers)
    {
        ArgumentNullException.ThrowIfNull(answers);
        if (Screen is not ChecklistScreen c)
        {
            throw new InvalidOperationException("The interview is not showing a checklist.");
        }

        if (answers.Keys.FirstOrDefault(id => c.Items.All(i => i.FindingId != id)) is { } stray)
        {
            throw new CaseFormatException("evidence." + stray, "is not on this screen");
        }

        var list = new List<KeyValuePair<string, FindingAnswer>>();
        foreach (var item in c.Items)
        {
            if (!answers.TryGetValue(item.FindingId, out var answer))
            {
                throw new CaseFormatException("evidence." + item.FindingId, "needs an answer: yes, no or not sure");
            }

            CheckAnswer(item, answer);
            list.Add(new(item.FindingId, answer));
        }

        return With(InterviewStep.Answer(c.Purpose, list));
    }

    /// <summary>"Not sure" to the question, or to every item of the checklist, on screen.</summary>
    public Interview NotSure() => Screen switch
    {
        QuestionScreen => Answer(FindingAnswer.NotSure),
        ChecklistScreen c => With(InterviewStep.Answer(c.Purpose, [.. c.Items.Select(i => new KeyValuePair<string, FindingAnswer>(i.FindingId, FindingAnswer.NotSure))])),
        _ => throw new InvalidOperationException("The interview is not showing a question."),
    };

    /// <summary>Acknowledges the warning on screen and goes on with the questions.</summary>
    /// <exception cref="InvalidOperationException">No warning on screen, or an emergency (it cannot be continued).</exception>
    public Interview Acknowledge()
    {
        if (Screen is not WarningScreen { CanContinue: true } w)
        {
            throw new InvalidOperationException("There is no warning to continue past.");
        }

        return With(InterviewStep.Acknowledge([.. w.Warnings.Select(f => f.RuleId)]));
    }

    /// <summary>Ends the interview on its result now ("see my result now"). A warning sign still waiting
    /// for its re-ask then counts as unsure.</summary>
    public Interview Finish() => IsComplete ? this : With(InterviewStep.Finish);

    /// <summary>Undoes the last screen answered (with any warnings acknowledged after it); the start stays the start.</summary>
    public Interview Back()
    {
        var keep = Steps.Count;
        while (keep > 0 && Steps[keep - 1].Kind != InterviewStepKind.Answer)
        {
            keep--;
        }

        return Take(Math.Max(0, keep - 1));
    }

    /// <summary>The interview as it was after its first <paramref name="steps"/> steps.</summary>
    public Interview Take(int steps) =>
        steps >= Steps.Count ? this : new Interview(_engine, Age, Sex, _dataEvidence, _dataSources, [.. Steps.Take(Math.Max(0, steps))]);

    /// <summary>Whether a step answers this interview's current screen.</summary>
    public bool Fits(InterviewStep step)
    {
        ArgumentNullException.ThrowIfNull(step);
        return (step.Kind, Screen) switch
        {
            (InterviewStepKind.Finish, not ResultScreen) => true,
            (InterviewStepKind.Acknowledge, WarningScreen { CanContinue: true } w) => step.Acknowledged.SequenceEqual(w.Warnings.Select(f => f.RuleId)),
            (InterviewStepKind.Answer, QuestionScreen q) => step.Answers.Count == 1 && step.Answers[0].Key == q.Question.FindingId,
            (InterviewStepKind.Answer, ChecklistScreen c) => step.Answers.Select(a => a.Key).SequenceEqual(c.Items.Select(i => i.FindingId)),
            _ => false,
        };
    }

    private Interview With(InterviewStep step) => new(_engine, Age, Sex, _dataEvidence, _dataSources, [.. Steps, step]);

    private static void CheckAnswer(Question question, FindingAnswer answer)
    {
        if (answer.IsNotSure)
        {
            return;
        }

        if ((question.Kind == FindingKind.Bool) != (answer.Present is not null))
        {
            throw new CaseFormatException("evidence." + question.FindingId, question.Kind == FindingKind.Bool ? "must be yes, no or not sure" : "must be a number or not sure");
        }

        if (answer.Number is { } n && (double.IsNaN(n) || n < question.Minimum || n > question.Maximum))
        {
            throw new CaseFormatException("evidence." + question.FindingId,
                string.Create(System.Globalization.CultureInfo.InvariantCulture, $"must be from {question.Minimum} to {question.Maximum}"));
        }
    }

    /// <summary>Warning signs answered "not sure" whose latest answer came before any re-ask of them.</summary>
    private HashSet<string> PendingRechecks()
    {
        var pending = new HashSet<string>(StringComparer.Ordinal);
        foreach (var step in Steps.Where(s => s.Kind == InterviewStepKind.Answer))
        {
            foreach (var (id, answer) in step.Answers)
            {
                var warning = _engine.Knowledge.FindFinding(id) is { IsWarningSign: true };
                if (warning && answer.IsNotSure && step.Purpose != QuestionPurpose.Recheck)
                {
                    pending.Add(id);
                }
                else
                {
                    pending.Remove(id);
                }
            }
        }

        return pending;
    }

    private InterviewScreen Plan()
    {
        var @case = Case;
        var finished = Steps.Count > 0 && Steps[^1].Kind == InterviewStepKind.Finish;
        var progress = new InterviewProgress(
            ScreensAnswered,
            Steps.Any(s => s.Purpose == QuestionPurpose.Screen),
            Steps.Any(s => s.Purpose == QuestionPurpose.Location),
            finished ? new HashSet<string>(StringComparer.Ordinal) : PendingRechecks());
        var result = _engine.Assess(@case, progress);
        if (finished)
        {
            return new ResultScreen(result.StopReason ?? InterviewStopReason.RunnerFinished, result);
        }

        var acknowledged = Steps.SelectMany(s => s.Acknowledged).ToHashSet(StringComparer.Ordinal);
        var unseen = result.RedFlags.Where(f => f.RuleId != AssessmentEngine.UnclearPictureRule && !acknowledged.Contains(f.RuleId)).ToArray();
        var plan = result.Plan;
        var number = ScreensAnswered + 1;

        // A red flag interrupts at once; only a follow-up that could make it more urgent comes first.
        if (unseen.Length > 0)
        {
            var level = unseen.Min(f => f.Level);
            var moreUrgentFirst = plan is { IsStop: false, CouldReach: { } reach } && (reach < level || plan.DecidesAFiredRule);
            var recheckFirst = plan.Purpose == QuestionPurpose.Recheck && !level.IsEmergency();
            if (!moreUrgentFirst && !recheckFirst)
            {
                return new WarningScreen(unseen, level, !level.IsEmergency(), result);
            }
        }

        if (plan.IsStop)
        {
            return new ResultScreen(plan.StopReason!.Value, result);
        }

        var questions = plan.FindingIds.Select(id => _engine.QuestionFor(id, plan.Purpose!.Value)!).ToArray();
        if (plan.IsChecklist)
        {
            var policy = _engine.Knowledge.Interview;
            return plan.Purpose == QuestionPurpose.Screen
                ? new ChecklistScreen(QuestionPurpose.Screen, policy.OpeningTitle, policy.OpeningIntro, questions, true, number, result)
                : new ChecklistScreen(QuestionPurpose.Location, "Where does it hurt? Tick every place that applies.", null, questions, false, number, result);
        }

        return new QuestionScreen(result.NextQuestion!, number, result);
    }
}

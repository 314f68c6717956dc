namespace Footfall.Assessment.Knowledge;

/// <summary>
/// The interview's own policy (knowledge/interview.yaml; triage-policy.md version 1.1): the opening
/// warning-sign screen, the plainer re-asks of an unsure warning sign, the loading tests that are
/// not asked while a broken bone is reasonably likely, the check for findings that could still raise
/// the triage before the interview stops, the triage of a result without a clear picture, and the
/// one thing to do for each emergency rule.
/// </summary>
public sealed class InterviewPolicy
{
    internal InterviewPolicy(
        string openingTitle,
        string openingIntro,
        IReadOnlyList<string> openingScreen,
        IReadOnlyDictionary<string, string> rechecks,
        double loadingTestThreshold,
        IReadOnlyDictionary<string, string> loadingTestInstead,
        double triageCheckProbability,
        TriageLevel unsureWarningLevel,
        string unsureWarningReason,
        TriageLevel unclearPictureLevel,
        double clearPictureProbability,
        string unclearPictureReason,
        IReadOnlyDictionary<string, string> emergencyActions)
    {
        OpeningTitle = openingTitle;
        OpeningIntro = openingIntro;
        OpeningScreen = openingScreen;
        Rechecks = rechecks;
        LoadingTestThreshold = loadingTestThreshold;
        LoadingTestInstead = loadingTestInstead;
        TriageCheckProbability = triageCheckProbability;
        UnsureWarningLevel = unsureWarningLevel;
        UnsureWarningReason = unsureWarningReason;
        UnclearPictureLevel = unclearPictureLevel;
        ClearPictureProbability = clearPictureProbability;
        UnclearPictureReason = unclearPictureReason;
        EmergencyActions = emergencyActions;
    }

    /// <summary>Heading of the opening warning-sign screen.</summary>
    public string OpeningTitle { get; }

    /// <summary>One sentence under the heading.</summary>
    public string OpeningIntro { get; }

    /// <summary>The warning signs of the opening screen, each answered yes, no or not sure.</summary>
    public IReadOnlyList<string> OpeningScreen { get; }

    /// <summary>Warning sign id to the plainer question or self-check asked after a "not sure".</summary>
    public IReadOnlyDictionary<string, string> Rechecks { get; }

    /// <summary>A loading test is not asked while a condition on its self-test's avoid-when list is at
    /// or above this probability (triage policy: "never asked while a bone stress injury or fracture
    /// is reasonably likely").</summary>
    public double LoadingTestThreshold { get; }

    /// <summary>Loading test finding id to the finding asked instead (pressing on the bone).</summary>
    public IReadOnlyDictionary<string, string> LoadingTestInstead { get; }

    /// <summary>Before stopping, an unanswered finding that could raise the triage is asked when it is
    /// at least this likely to be found.</summary>
    public double TriageCheckProbability { get; }

    /// <summary>The level of a warning sign still "not sure" after its re-ask (consultation_24).</summary>
    public TriageLevel UnsureWarningLevel { get; }

    /// <summary>The reason shown; <c>{signs}</c> is replaced by the signs' questions.</summary>
    public string UnsureWarningReason { get; }

    /// <summary>The least urgent level of a result without a clear picture (consultation).</summary>
    public TriageLevel UnclearPictureLevel { get; }

    /// <summary>A picture is clear when the leading condition reaches this probability (0.5) and is more
    /// likely than a cause Footfall does not cover.</summary>
    public double ClearPictureProbability { get; }

    /// <summary>The plain words of a result without a clear picture.</summary>
    public string UnclearPictureReason { get; }

    /// <summary>Emergency rule id to the one thing to do, with <c>{emergency_number}</c> to fill in.</summary>
    public IReadOnlyDictionary<string, string> EmergencyActions { get; }

    /// <summary>Whether the finding is a loading test (a hop or heel raises on the sore leg).</summary>
    public bool IsLoadingTest(string findingId) => LoadingTestInstead.ContainsKey(findingId);
}

namespace Footfall.Assessment;

/// <summary>
/// What an interview has done beyond the answers themselves, which the engine needs to plan the next
/// screen: how many screens were answered (a checklist counts as one), whether the opening warning
/// screen and the pain map were shown, and which unsure warning signs still wait for their re-ask.
/// </summary>
/// <param name="Screens">Question and checklist screens answered so far.</param>
/// <param name="OpeningShown">The opening warning-sign screen was answered.</param>
/// <param name="LocationShown">The pain map was answered.</param>
/// <param name="PendingRechecks">Warning signs answered "not sure" once and not yet asked again; they
/// do not count as unsure until then.</param>
public sealed record InterviewProgress(int Screens, bool OpeningShown, bool LocationShown, IReadOnlySet<string> PendingRechecks)
{
    /// <summary>The progress a whole case implies: every answer a screen, no re-ask pending (a warning
    /// sign marked not sure in a case file counts as unsure at once).</summary>
    public static InterviewProgress FromCase(Case @case, IReadOnlyList<string> openingScreen, Func<string, bool> isLocation)
    {
        ArgumentNullException.ThrowIfNull(@case);
        ArgumentNullException.ThrowIfNull(openingScreen);
        ArgumentNullException.ThrowIfNull(isLocation);
        var screens = 0;
        var location = false;
        foreach (var id in @case.Evidence.Keys)
        {
            if (!@case.DataSources.ContainsKey(id))
            {
                screens++;
                location = location || isLocation(id);
            }
        }

        var openingShown = true;
        foreach (var id in openingScreen)
        {
            openingShown = openingShown && @case.Evidence.ContainsKey(id);
        }

        return new InterviewProgress(screens, openingShown, location, NoRechecks);
    }

    /// <summary>No re-ask pending.</summary>
    public static IReadOnlySet<string> NoRechecks { get; } = System.Collections.Frozen.FrozenSet<string>.Empty;
}

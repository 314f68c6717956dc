using System.Globalization;

namespace Footfall.Recovery.CheckIns;

/// <summary>
/// One day's check-in (under a minute to fill in). Pain is on the 0-10 numeric rating scale (0 none,
/// 10 worst imaginable); null means not answered. <see cref="PainNextMorning"/> belongs to this day's
/// activity but is only known the next day: the page may fill it in then, and when it stays empty the next
/// day's <see cref="PainFirstSteps"/> stands in for it.
/// </summary>
public sealed record DailyCheckIn
{
    /// <summary>Longest text kept in a free answer or note, in characters.</summary>
    public const int MaxTextLength = 2000;

    /// <summary>The day the check-in describes (the runner's local date).</summary>
    public required DateOnly Date { get; init; }

    /// <summary>Pain on the first steps this morning (0-10).</summary>
    public int? PainFirstSteps { get; init; }

    /// <summary>Highest pain during today's run or main activity (0-10).</summary>
    public int? PainDuringActivity { get; init; }

    /// <summary>Pain in the hours after the activity (0-10).</summary>
    public int? PainAfterActivity { get; init; }

    /// <summary>Pain the next morning after this day's activity (0-10).</summary>
    public int? PainNextMorning { get; init; }

    /// <summary>Minutes of morning stiffness (0-240).</summary>
    public int? MorningStiffnessMinutes { get; init; }

    /// <summary>Distance run today, km (0-200); null when the runner did not run.</summary>
    public double? RunDistanceKm { get; init; }

    /// <summary>Cross-training done today, if any.</summary>
    public CrossTrainingMode? CrossTraining { get; init; }

    /// <summary>Minutes of cross-training (0-600).</summary>
    public int? CrossTrainingMinutes { get; init; }

    /// <summary>A planned rest day.</summary>
    public bool Rested { get; init; }

    /// <summary>Ids of the plan's exercises done today.</summary>
    public IReadOnlyList<string> ExercisesDone { get; init; } = [];

    public DailyMovementAnswers Movement { get; init; } = DailyMovementAnswers.None;

    public string? Note { get; init; }

    public bool Ran => RunDistanceKm is > 0;

    /// <summary>True when the day had load that pain can be judged against: a run, cross-training or exercises.</summary>
    public bool HadActivity => Ran || CrossTraining is not null || ExercisesDone.Count > 0;

    /// <summary>Every problem with the values, in plain language naming the field; empty when valid.</summary>
    public IReadOnlyList<string> Validate()
    {
        var errors = new List<string>();
        Pain(PainFirstSteps, "Pain on first steps");
        Pain(PainDuringActivity, "Pain during activity");
        Pain(PainAfterActivity, "Pain after activity");
        Pain(PainNextMorning, "Pain next morning");
        Range(MorningStiffnessMinutes, 0, 240, "Morning stiffness (minutes)");
        Range(CrossTrainingMinutes, 0, 600, "Cross-training minutes");
        if (RunDistanceKm is { } km && (double.IsNaN(km) || km < 0 || km > 200))
        {
            errors.Add("Run distance must be 0 to 200 km.");
        }

        if (CrossTrainingMinutes is > 0 && CrossTraining is null)
        {
            errors.Add("Cross-training minutes need the kind of cross-training.");
        }

        Text(Note, "Note");
        Text(Movement.IsSafeToday, "Is this movement safe today?");
        Text(Movement.IsHealthy, "Is it healthy?");
        Text(Movement.UrgeToPushThroughPain, "What makes me want to push through pain?");
        return errors;

        void Pain(int? value, string name) => Range(value, 0, 10, name);

        void Range(int? value, int min, int max, string name)
        {
            if (value is { } v && (v < min || v > max))
            {
                errors.Add(string.Create(CultureInfo.InvariantCulture, $"{name} must be {min} to {max}; it was {v}."));
            }
        }

        void Text(string? value, string name)
        {
            if (value is { Length: > MaxTextLength })
            {
                errors.Add(string.Create(CultureInfo.InvariantCulture, $"{name} is longer than {MaxTextLength} characters."));
            }
        }
    }
}

namespace Footfall.Recovery.CheckIns;

/// <summary>
/// The runner's own answers to the daily movement questions, kept as free text: reflection, not scoring.
/// </summary>
/// <param name="IsSafeToday">"Is this movement safe for me today?"</param>
/// <param name="IsHealthy">"Is it healthy for me?"</param>
/// <param name="UrgeToPushThroughPain">"What makes me want to push through pain?"</param>
public sealed record DailyMovementAnswers(string? IsSafeToday, string? IsHealthy, string? UrgeToPushThroughPain)
{
    public static DailyMovementAnswers None { get; } = new(null, null, null);

    /// <summary>The three questions as the check-in page asks them.</summary>
    public static IReadOnlyList<string> Questions { get; } =
    [
        "Is this movement safe for me today?",
        "Is it healthy for me?",
        "What makes me want to push through pain?",
    ];
}

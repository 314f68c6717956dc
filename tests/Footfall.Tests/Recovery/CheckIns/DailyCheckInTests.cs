using Footfall.Recovery;
using Footfall.Recovery.CheckIns;

namespace Footfall.Tests.Recovery.CheckIns;

public sealed class DailyCheckInTests
{
    private static readonly DailyCheckIn Valid = new()
    {
        Date = new DateOnly(2026, 11, 21),
        PainFirstSteps = 3,
        PainDuringActivity = 2,
        PainAfterActivity = 2,
        MorningStiffnessMinutes = 10,
        RunDistanceKm = 5.2,
        ExercisesDone = ["single_leg_heel_raise"],
        Movement = new DailyMovementAnswers("Yes, an easy run", "Yes", "A race in six weeks"),
        Note = "Felt fine",
    };

    [Fact]
    public void Validate_SensibleCheckIn_HasNoErrors() => Assert.Empty(Valid.Validate());

    public static TheoryData<DailyCheckIn, string> Invalid() => new()
    {
        { Valid with { PainDuringActivity = 11 }, "Pain during activity must be 0 to 10; it was 11." },
        { Valid with { PainFirstSteps = -1 }, "Pain on first steps must be 0 to 10; it was -1." },
        { Valid with { PainNextMorning = 12 }, "Pain next morning must be 0 to 10; it was 12." },
        { Valid with { MorningStiffnessMinutes = 300 }, "Morning stiffness (minutes) must be 0 to 240; it was 300." },
        { Valid with { RunDistanceKm = -3 }, "Run distance must be 0 to 200 km." },
        { Valid with { RunDistanceKm = double.NaN }, "Run distance must be 0 to 200 km." },
        { Valid with { CrossTrainingMinutes = 30 }, "Cross-training minutes need the kind of cross-training." },
        { Valid with { Note = new string('x', 2001) }, "Note is longer than 2000 characters." },
    };

    [Theory]
    [MemberData(nameof(Invalid))]
    public void Validate_BadValue_NamesTheField(DailyCheckIn checkIn, string error)
    {
        Assert.Contains(error, checkIn.Validate());
    }

    [Theory]
    [InlineData(5.0, null, 0, true)]
    [InlineData(null, CrossTrainingMode.Swimming, 0, true)]
    [InlineData(null, null, 1, true)]
    [InlineData(null, null, 0, false)]
    public void HadActivity_RunCrossTrainingOrExercises_CountsAsLoad(double? km, CrossTrainingMode? mode, int exercises, bool expected)
    {
        var checkIn = new DailyCheckIn
        {
            Date = new DateOnly(2026, 11, 21),
            RunDistanceKm = km,
            CrossTraining = mode,
            ExercisesDone = Enumerable.Repeat("glute_bridge", exercises).ToList(),
        };

        Assert.Equal(expected, checkIn.HadActivity);
    }
}

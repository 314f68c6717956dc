using System.Globalization;
using Footfall.Recovery;
using Footfall.Recovery.CheckIns;

namespace Footfall.Tests.Recovery.CheckIns;

/// <summary>
/// Check-ins written as a compact pattern for test tables: days separated by '|', each day a list of
/// codes: F first-step pain, D during, A after, N next morning, S stiffness minutes, R run km,
/// X cross-training (cycling), E exercises done, Z rest. "F2 D3 A2 R5|F2 D2" is two consecutive days.
/// </summary>
internal static class CheckInPattern
{
    public static readonly DateOnly FirstDay = new(2026, 11, 2);

    public static IReadOnlyList<DailyCheckIn> Parse(string pattern)
    {
        if (string.IsNullOrWhiteSpace(pattern))
        {
            return [];
        }

        return pattern.Split('|').Select((day, i) => Day(day, FirstDay.AddDays(i))).ToList();
    }

    private static DailyCheckIn Day(string codes, DateOnly date)
    {
        var checkIn = new DailyCheckIn { Date = date };
        foreach (var code in codes.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            int Value() => int.Parse(code[1..], CultureInfo.InvariantCulture);
            checkIn = code[0] switch
            {
                'F' => checkIn with { PainFirstSteps = Value() },
                'D' => checkIn with { PainDuringActivity = Value() },
                'A' => checkIn with { PainAfterActivity = Value() },
                'N' => checkIn with { PainNextMorning = Value() },
                'S' => checkIn with { MorningStiffnessMinutes = Value() },
                'R' => checkIn with { RunDistanceKm = Value() },
                'X' => checkIn with { CrossTraining = CrossTrainingMode.Cycling, CrossTrainingMinutes = 30 },
                'E' => checkIn with { ExercisesDone = ["single_leg_heel_raise"] },
                'Z' => checkIn with { Rested = true },
                _ => throw new ArgumentException($"Unknown code {code}"),
            };
        }

        return checkIn;
    }
}

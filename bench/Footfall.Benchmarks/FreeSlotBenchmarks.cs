using BenchmarkDotNet.Attributes;
using Footfall.Care.Booking;

namespace Footfall.Benchmarks;

/// <summary>
/// Free slots for 50 practitioners over 4 weeks at a clinic in America/Los_Angeles (Monday to Friday
/// 08:00-18:00 with a lunch break, Saturday mornings; 30-minute appointments with a 10-minute buffer on a
/// 15-minute grid; a third of their time already booked; a holiday and blocked afternoons).
/// Run: <c>dotnet run -c Release --project bench/Footfall.Benchmarks -- --filter *FreeSlotBenchmarks*</c>
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
public class FreeSlotBenchmarks
{
    private const int Practitioners = 50;
    private static readonly DateOnly First = new(2027, 3, 1);
    private SlotQuery[] _queries = [];

    [GlobalSetup]
    public void Setup()
    {
        var clock = ClinicClock.ForZone("America/Los_Angeles");
        var type = new AppointmentType("Follow-up", TimeSpan.FromMinutes(30), TimeSpan.FromMinutes(10));
        var policy = new BookingPolicy { MinimumNotice = TimeSpan.FromHours(2), Horizon = TimeSpan.FromDays(60), SlotStep = TimeSpan.FromMinutes(15) };
        var now = new DateTimeOffset(2027, 2, 28, 16, 0, 0, TimeSpan.Zero);
        var hours = new List<WorkingHours>();
        foreach (var day in new[] { DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday })
        {
            hours.Add(new WorkingHours(day, new TimeOnly(8, 0), new TimeOnly(12, 30)));
            hours.Add(new WorkingHours(day, new TimeOnly(13, 30), new TimeOnly(18, 0)));
        }

        hours.Add(new WorkingHours(DayOfWeek.Saturday, new TimeOnly(9, 0), new TimeOnly(13, 0)));
        var random = new Random(20270301);
        _queries = Enumerable.Range(0, Practitioners).Select(p =>
        {
            var busy = new List<BusyTime>();
            for (var d = 0; d < 28; d++)
            {
                var date = First.AddDays(d);
                foreach (var block in hours.Where(h => h.Day == date.DayOfWeek))
                {
                    for (var t = block.Start; t.AddMinutes(40) <= block.End; t = t.AddMinutes(40))
                    {
                        if (random.NextDouble() < 0.33)
                        {
                            var start = clock.StartOf(date, t);
                            busy.Add(new BusyTime(start, start + type.Busy));
                        }
                    }
                }
            }

            BlockedTime[] blocks =
            [
                new(new DateOnly(2027, 3, 15), new DateOnly(2027, 3, 15), null, null, "Holiday"),
                new(new DateOnly(2027, 3, 3 + (p % 5)), new DateOnly(2027, 3, 3 + (p % 5)), new TimeOnly(14, 0), null, "Training"),
            ];
            return new SlotQuery(clock, hours, blocks, busy, type, policy, now, First, First.AddDays(27));
        }).ToArray();
    }

    /// <summary>All 50 practitioners' free slots for the 28 days; returns the total count so nothing is optimised away.</summary>
    [Benchmark]
    public int FiftyPractitionersFourWeeks()
    {
        var total = 0;
        foreach (var query in _queries)
        {
            total += SlotFinder.FreeSlots(query).Count;
        }

        return total;
    }
}

using Footfall.Care.Booking;

namespace Footfall.Tests.Care.Booking;

public sealed class WorkingHoursTests
{
    [Fact]
    public void FindProblems_InvertedBlock_IsNamed()
    {
        var problems = WorkingHours.FindProblems([new WorkingHours(DayOfWeek.Monday, new TimeOnly(17, 0), new TimeOnly(9, 0))]);

        Assert.Contains("Monday 17:00 to 09:00 ends before it starts", Assert.Single(problems), StringComparison.Ordinal);
    }

    [Fact]
    public void FindProblems_OverlappingBlocksOnOneDay_AreNamed()
    {
        var problems = WorkingHours.FindProblems(
        [
            new WorkingHours(DayOfWeek.Tuesday, new TimeOnly(9, 0), new TimeOnly(13, 0)),
            new WorkingHours(DayOfWeek.Tuesday, new TimeOnly(12, 0), new TimeOnly(17, 0)),
            new WorkingHours(DayOfWeek.Wednesday, new TimeOnly(12, 0), new TimeOnly(17, 0)),
        ]);

        Assert.Equal("Tuesday 09:00 to 13:00 overlaps 12:00 to 17:00.", Assert.Single(problems));
    }

    [Fact]
    public void FindProblems_TouchingBlocks_AreFine() =>
        Assert.Empty(WorkingHours.FindProblems(
        [
            new WorkingHours(DayOfWeek.Friday, new TimeOnly(9, 0), new TimeOnly(12, 0)),
            new WorkingHours(DayOfWeek.Friday, new TimeOnly(12, 0), new TimeOnly(17, 0)),
        ]));
}

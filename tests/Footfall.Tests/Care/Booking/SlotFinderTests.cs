using Footfall.Care.Booking;

namespace Footfall.Tests.Care.Booking;

public sealed class SlotFinderTests
{
    private static readonly AppointmentType HalfHour = new("Follow-up", TimeSpan.FromMinutes(30), TimeSpan.Zero);

    // Long before the 2027 dates, with notice and horizon out of the way.
    private static readonly DateTimeOffset Now = new(2027, 1, 1, 0, 0, 0, TimeSpan.Zero);
    private static readonly BookingPolicy OpenPolicy = new() { MinimumNotice = TimeSpan.Zero, Horizon = TimeSpan.FromDays(400) };

    private static SlotQuery Query(string zone, DateOnly day, TimeOnly from, TimeOnly to, IReadOnlyList<BusyTime>? busy = null, IReadOnlyList<BlockedTime>? blocks = null, AppointmentType? type = null) =>
        new(ClinicClock.ForZone(zone), [new WorkingHours(day.DayOfWeek, from, to)], blocks ?? [], busy ?? [], type ?? HalfHour, OpenPolicy, Now, day, day);

    private static List<string> LocalTimes(IEnumerable<Slot> slots) => slots.Select(s => s.LocalStart.ToString("HH:mm zzz", System.Globalization.CultureInfo.InvariantCulture)).ToList();

    [Theory]
    [InlineData("Europe/London", "2027-03-27", "09:00 +00:00")]
    [InlineData("Europe/London", "2027-03-29", "09:00 +01:00")]
    [InlineData("America/New_York", "2027-03-13", "09:00 -05:00")]
    [InlineData("America/New_York", "2027-03-15", "09:00 -04:00")]
    [InlineData("Australia/Lord_Howe", "2027-04-03", "09:00 +11:00")]
    [InlineData("Australia/Lord_Howe", "2027-04-05", "09:00 +10:30")]
    [InlineData("Australia/Lord_Howe", "2027-10-04", "09:00 +11:00")]
    public void FreeSlots_AroundAChangeOfClocks_KeepTheirWallClockTimes(string zone, string day, string firstSlot)
    {
        var date = DateOnly.Parse(day, System.Globalization.CultureInfo.InvariantCulture);
        var slots = SlotFinder.FreeSlots(Query(zone, date, new TimeOnly(9, 0), new TimeOnly(17, 0)));

        Assert.Equal(16, slots.Count);
        Assert.Equal(firstSlot, LocalTimes(slots)[0]);
        Assert.All(slots, s => Assert.Equal(TimeSpan.FromMinutes(30), s.End - s.Start));
    }

    [Fact]
    public void FreeSlots_LondonSpringForward_OffersNoTimeInTheSkippedHour()
    {
        var slots = SlotFinder.FreeSlots(Query("Europe/London", new DateOnly(2027, 3, 28), new TimeOnly(0, 0), new TimeOnly(4, 0)));

        Assert.Equal(["00:00 +00:00", "00:30 +00:00", "02:00 +01:00", "02:30 +01:00", "03:00 +01:00", "03:30 +01:00"], LocalTimes(slots));
        Assert.Equal(new DateTimeOffset(2027, 3, 28, 1, 0, 0, TimeSpan.Zero), slots[2].Start);
    }

    [Fact]
    public void FreeSlots_LondonFallBack_OffersTheRepeatedHourOncePerRealInstant()
    {
        var slots = SlotFinder.FreeSlots(Query("Europe/London", new DateOnly(2027, 10, 31), new TimeOnly(0, 0), new TimeOnly(3, 0)));

        Assert.Equal(["00:00 +01:00", "00:30 +01:00", "01:00 +01:00", "01:30 +01:00", "01:00 +00:00", "01:30 +00:00", "02:00 +00:00", "02:30 +00:00"], LocalTimes(slots));
        Assert.Equal(slots.Count, slots.Select(s => s.Start.UtcDateTime).Distinct().Count());
    }

    [Fact]
    public void FreeSlots_NewYorkSpringForward_SkipsTwoToThree()
    {
        var slots = SlotFinder.FreeSlots(Query("America/New_York", new DateOnly(2027, 3, 14), new TimeOnly(1, 0), new TimeOnly(4, 0)));

        Assert.Equal(["01:00 -05:00", "01:30 -05:00", "03:00 -04:00", "03:30 -04:00"], LocalTimes(slots));
    }

    [Fact]
    public void FreeSlots_NewYorkFallBack_RepeatsOneToTwo()
    {
        var slots = SlotFinder.FreeSlots(Query("America/New_York", new DateOnly(2027, 11, 7), new TimeOnly(1, 0), new TimeOnly(2, 0)));

        Assert.Equal(["01:00 -04:00", "01:30 -04:00", "01:00 -05:00", "01:30 -05:00"], LocalTimes(slots));
    }

    [Fact]
    public void FreeSlots_LordHoweSpringForward_SkipsOnlyHalfAnHour()
    {
        var slots = SlotFinder.FreeSlots(Query("Australia/Lord_Howe", new DateOnly(2027, 10, 3), new TimeOnly(1, 0), new TimeOnly(4, 0)));

        Assert.Equal(["01:00 +10:30", "01:30 +10:30", "02:30 +11:00", "03:00 +11:00", "03:30 +11:00"], LocalTimes(slots));
        // The 01:30 slot ends when the clocks already show 02:30: thirty real minutes, no more.
        Assert.Equal(slots[2].Start, slots[1].End);
    }

    [Fact]
    public void FreeSlots_LordHoweFallBack_RepeatsHalfAnHour()
    {
        var slots = SlotFinder.FreeSlots(Query("Australia/Lord_Howe", new DateOnly(2027, 4, 4), new TimeOnly(1, 0), new TimeOnly(2, 30)));

        Assert.Equal(["01:00 +11:00", "01:30 +11:00", "01:30 +10:30", "02:00 +10:30"], LocalTimes(slots));
    }

    [Fact]
    public void Resolve_TimeInsideTheGap_HasNoInstantAndSaysWhy()
    {
        var clock = ClinicClock.ForZone("Australia/Lord_Howe");

        Assert.Empty(clock.Resolve(new DateOnly(2027, 10, 3), new TimeOnly(2, 15)));
        Assert.Contains("does not exist in Australia/Lord_Howe", clock.DescribeGap(new DateOnly(2027, 10, 3), new TimeOnly(2, 15)), StringComparison.Ordinal);
        Assert.Null(clock.DescribeGap(new DateOnly(2027, 10, 3), new TimeOnly(2, 30)));
    }

    [Fact]
    public void FreeSlots_HoursStartingInsideTheGap_StartWhenTheClocksJump()
    {
        var slots = SlotFinder.FreeSlots(Query("Europe/London", new DateOnly(2027, 3, 28), new TimeOnly(1, 30), new TimeOnly(3, 0)));

        Assert.Equal(["02:00 +01:00", "02:30 +01:00"], LocalTimes(slots));
    }

    [Fact]
    public void FreeSlots_Booking_TakesItsTimeAndBuffer()
    {
        var type = new AppointmentType("Assessment", TimeSpan.FromMinutes(45), TimeSpan.FromMinutes(15));
        var day = new DateOnly(2027, 6, 1);
        var booked = new BusyTime(new DateTimeOffset(2027, 6, 1, 10, 0, 0, TimeSpan.Zero), new DateTimeOffset(2027, 6, 1, 11, 0, 0, TimeSpan.Zero));

        var slots = SlotFinder.FreeSlots(Query("UTC", day, new TimeOnly(9, 0), new TimeOnly(12, 0), busy: [booked], type: type));

        // 09:30 would run into the 10:00 booking with its buffer; 11:15 would end after 12:00.
        Assert.Equal(["09:00 +00:00", "11:00 +00:00"], LocalTimes(slots));
    }

    [Fact]
    public void FreeSlots_BlockedAfternoon_IsNotOffered()
    {
        var day = new DateOnly(2027, 6, 1);
        var block = new BlockedTime(day, day, new TimeOnly(10, 0), null, "Training");

        var slots = SlotFinder.FreeSlots(Query("UTC", day, new TimeOnly(9, 0), new TimeOnly(12, 0), blocks: [block]));

        Assert.Equal(["09:00 +00:00", "09:30 +00:00"], LocalTimes(slots));
    }

    [Fact]
    public void FreeSlots_NoticeAndHorizon_BoundTheOffer()
    {
        var now = new DateTimeOffset(2027, 6, 1, 9, 10, 0, TimeSpan.Zero);
        var policy = new BookingPolicy { MinimumNotice = TimeSpan.FromHours(1), Horizon = TimeSpan.FromDays(1) };
        var clock = ClinicClock.ForZone("UTC");
        var hours = Enum.GetValues<DayOfWeek>().Select(d => new WorkingHours(d, new TimeOnly(9, 0), new TimeOnly(12, 0))).ToList();
        var query = new SlotQuery(clock, hours, [], [], HalfHour, policy, now, new DateOnly(2027, 6, 1), new DateOnly(2027, 6, 5));

        var slots = SlotFinder.FreeSlots(query);

        Assert.Equal(new DateTimeOffset(2027, 6, 1, 10, 30, 0, TimeSpan.Zero), slots[0].Start);
        Assert.Equal(new DateTimeOffset(2027, 6, 2, 9, 0, 0, TimeSpan.Zero), slots[^1].Start);
    }

    [Theory]
    [InlineData("2027-06-01T08:00:00Z", BookingRefusalReason.InThePast)]
    [InlineData("2027-06-01T09:30:00Z", BookingRefusalReason.TooLittleNotice)]
    [InlineData("2027-09-01T10:00:00Z", BookingRefusalReason.BeyondHorizon)]
    [InlineData("2027-06-02T07:00:00Z", BookingRefusalReason.OutsideHours)]
    [InlineData("2027-06-02T11:00:00Z", BookingRefusalReason.Taken)]
    [InlineData("2027-06-02T11:40:00Z", BookingRefusalReason.LongerThanFreeTime)]
    [InlineData("2027-06-02T09:10:00Z", BookingRefusalReason.NotAnOfferedTime)]
    [InlineData("2027-06-03T10:00:00Z", BookingRefusalReason.Blocked)]
    public void Check_BadStart_SaysWhy(string start, BookingRefusalReason reason)
    {
        var now = new DateTimeOffset(2027, 6, 1, 9, 0, 0, TimeSpan.Zero);
        var hours = Enum.GetValues<DayOfWeek>().Select(d => new WorkingHours(d, new TimeOnly(9, 0), new TimeOnly(12, 0))).ToList();
        var busy = new BusyTime(new DateTimeOffset(2027, 6, 2, 11, 0, 0, TimeSpan.Zero), new DateTimeOffset(2027, 6, 2, 11, 30, 0, TimeSpan.Zero));
        var block = new BlockedTime(new DateOnly(2027, 6, 3), new DateOnly(2027, 6, 3), null, null, "Holiday");
        var policy = new BookingPolicy { MinimumNotice = TimeSpan.FromHours(2), Horizon = TimeSpan.FromDays(30), SlotStep = TimeSpan.FromMinutes(20) };
        var query = new SlotQuery(ClinicClock.ForZone("UTC"), hours, [block], [busy], HalfHour, policy, now, new DateOnly(2027, 6, 1), new DateOnly(2027, 6, 30));

        var refusal = SlotFinder.Check(query, DateTimeOffset.Parse(start, System.Globalization.CultureInfo.InvariantCulture));

        Assert.Equal(reason, refusal?.Reason);
        Assert.False(string.IsNullOrWhiteSpace(refusal?.Message));
    }

    [Fact]
    public void Check_OfferedSlot_IsAccepted()
    {
        var query = Query("Europe/London", new DateOnly(2027, 3, 28), new TimeOnly(0, 0), new TimeOnly(4, 0));

        Assert.Null(SlotFinder.Check(query, new DateTimeOffset(2027, 3, 28, 2, 0, 0, TimeSpan.FromHours(1))));
    }
}

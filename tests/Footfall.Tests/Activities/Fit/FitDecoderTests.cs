using Footfall.Activities;
using Footfall.Activities.Fit;
using Footfall.Tests.Support;

namespace Footfall.Tests.Activities.Fit;

public class FitDecoderTests
{
    private const ushort FileId = 0;
    private const ushort Session = 18;
    private const ushort Record = 20;
    private const ushort FieldDescription = 206;
    private const uint T0 = 1_000_000_000; // 2021-09-08T01:46:40Z in FIT seconds (1989-12-31 epoch)

    /// <summary>Record counts and session sports are those Garmin's JavaScript SDK reads from the same
    /// files (compressed-speed-distance.fit, which it cannot read, from its CSV plus one empty record).
    /// The chained files after the first in sample_mulitple_header.fit and event_timestamp.fit hold no
    /// file_id, record or session, so they add no activity.</summary>
    [Theory]
    [InlineData("2019-02-17-062644-ELEMNT-297E-195-0.fit", 13471, 1, Sport.Cycling)]
    [InlineData("Activity.fit", 14, 1, Sport.Running)]
    [InlineData("activity-large-fenxi2-multisport.fit", 24239, 1, Sport.Multisport)]
    [InlineData("activity-small-fenix2-run.fit", 2809, 1, Sport.Running)]
    [InlineData("developer-types-sample.fit", 3424, 1, Sport.Running)]
    [InlineData("event_timestamp.fit", 4376, 1, Sport.Swimming)]
    [InlineData("garmin-edge-500-activity.fit", 10686, 1, Sport.Cycling)]
    [InlineData("garmin-fenix-5-run.fit", 21, 1, Sport.Running)]
    [InlineData("sample_mulitple_header.fit", 1773, 1, Sport.Multisport)]
    public void Decode_SampleFile_ReadsEveryRecord(string file, int records, int activities, Sport sport)
    {
        var bytes = File.ReadAllBytes(SharedPaths.Samples("fit", file));
        var decoded = new FitDecoder().Decode(bytes, out var recordCount);

        Assert.Equal(records, recordCount);
        Assert.Equal(activities, decoded.Count);
        Assert.Equal(sport, decoded[0].Sport);
        Assert.Equal(records, decoded.Sum(a => a.Samples.Count));
        Assert.All(decoded, a => Assert.NotNull(a.Start));
        Assert.All(decoded, a => Assert.True(a.DistanceMeters >= 0));
    }

    [Theory]
    [InlineData("activity-filecrc.fit", 769, "file CRC mismatch")]
    [InlineData("activity-settings-corruptheader.fit", 779, "signature")]
    [InlineData("activity-unexpected-eof.fit", 768, "truncated")]
    public void Decode_BrokenSampleWithoutSalvage_ThrowsFitFormatExceptionNamingOffset(string file, long offset, string reason)
    {
        using var stream = File.OpenRead(SharedPaths.Samples("fit", file));
        var ex = Assert.Throws<FitFormatException>(() => new FitDecoder(new FitDecoderOptions { Salvage = false }).Decode(stream));
        Assert.Equal(offset, ex.Offset);
        Assert.Contains(reason, ex.Message, StringComparison.Ordinal);
        Assert.Contains($"at byte {offset}", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("activity-filecrc.fit", 769, "file CRC mismatch")]
    [InlineData("activity-settings-corruptheader.fit", 779, "signature")]
    [InlineData("activity-unexpected-eof.fit", 751, "runs past the end")]
    public void Decode_BrokenSample_KeepsTheRecordsBeforeTheDamageAndSaysWhere(string file, long offset, string reason)
    {
        var decoded = new FitDecoder().Decode(File.ReadAllBytes(SharedPaths.Samples("fit", file)));

        var activity = Assert.Single(decoded);
        Assert.Equal(14, activity.Samples.Count);
        Assert.NotNull(activity.Damage);
        Assert.Equal(offset, activity.Damage.ByteOffset);
        Assert.Contains(reason, activity.Damage.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Decode_FileCrcMismatchWithVerifyCrcOff_DecodesRecords()
    {
        var bytes = File.ReadAllBytes(SharedPaths.Samples("fit", "activity-filecrc.fit"));
        var decoded = new FitDecoder(new FitDecoderOptions { VerifyCrc = false }).Decode(bytes);
        Assert.Equal(14, decoded.Single().Samples.Count);
    }

    [Fact]
    public void Decode_FenixRun_HasRunningDynamicsAndStepCadence()
    {
        var run = FitGoldenTests.DecodeSamples("garmin-fenix-5-run");
        var moving = run.Where(s => s.StanceTimeMs is not null).ToList();
        Assert.NotEmpty(moving);
        Assert.All(moving, s =>
        {
            Assert.InRange(s.StanceTimeMs!.Value, 100, 1000);
            Assert.InRange(s.StanceTimeBalanceLeftPercent!.Value, 40, 60);
            Assert.InRange(s.VerticalOscillationMm!.Value, 30, 200);
            Assert.InRange(s.VerticalRatioPercent!.Value, 1, 20);
            Assert.InRange(s.StepLengthMm!.Value, 200, 2500);
        });
        Assert.Contains(run, s => s.Cadence is > 120 and < 220);
    }

    [Theory]
    [InlineData("garmin-fenix-5-run.fit", -7.0)] // recorded in California in June (the golden CSV prints PDT)
    [InlineData("garmin-edge-500-activity.fit", null)] // its activity message has no local_timestamp
    public void Decode_ActivityLocalTimestamp_GivesUtcOffset(string file, double? hours)
    {
        var activity = new FitDecoder().Decode(File.ReadAllBytes(SharedPaths.Samples("fit", file))).Single();
        Assert.Equal(hours is { } h ? TimeSpan.FromHours(h) : null, activity.UtcOffset);
    }

    [Fact]
    public void Decode_SessionTotals_BecomeActivityTotals()
    {
        var bytes = File.ReadAllBytes(SharedPaths.Samples("fit", "activity-small-fenix2-run.fit"));
        var run = new FitDecoder().Decode(bytes).Single();
        var lastDistance = run.Samples.Last(s => s.DistanceMeters is not null).DistanceMeters!.Value;

        // The session's total distance and the last record's cumulative distance agree within a few metres.
        Assert.InRange(run.DistanceMeters, lastDistance - 50, lastDistance + 50);
        var span = run.Samples[^1].Time!.Value - run.Samples[0].Time!.Value;
        Assert.InRange(run.Duration, span - TimeSpan.FromSeconds(5), span + TimeSpan.FromSeconds(5));
        Assert.Equal(TimeSpan.FromSeconds(2832), run.TimerTime); // Garmin's SDK: total_timer_time 2832
        Assert.NotEmpty(run.Laps);
        Assert.Equal(run.DistanceMeters, run.Laps.Sum(l => l.DistanceMeters ?? 0), 0.5);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Decode_EitherByteOrder_SameValues(bool bigEndian)
    {
        var file = new FitBytes()
            .Define(0, Record, bigEndian, [(253, 4, 0x86), (0, 4, 0x85), (1, 4, 0x85), (5, 4, 0x86), (6, 2, 0x84), (3, 1, 0x02), (78, 4, 0x86)])
            .Data(0, [.. FitBytes.U32(T0, bigEndian), .. FitBytes.S32(0x20000000, bigEndian), .. FitBytes.S32(-0x20000000, bigEndian), .. FitBytes.U32(123456, bigEndian), .. FitBytes.U16(3210, bigEndian), 150, .. FitBytes.U32(3000, bigEndian)])
            .ToFile();

        var s = new FitDecoder().Decode(file).Single().Samples.Single();

        Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(631_065_600 + T0), s.Time);
        Assert.Equal(45.0, s.Latitude);
        Assert.Equal(-45.0, s.Longitude);
        Assert.Equal(1234.56, s.DistanceMeters!.Value, 1e-9);
        Assert.Equal(3.21, s.SpeedMetersPerSecond!.Value, 1e-9);
        Assert.Equal(150, s.HeartRateBpm);
        Assert.Equal(100.0, s.AltitudeMeters!.Value, 1e-9); // 3000 / 5 − 500
    }

    [Fact]
    public void Decode_CompressedTimestamp_RollsOverPast32Seconds()
    {
        // T0 low 5 bits are 0; offsets 30 then 2 give T0+30 then T0+34 (rollover).
        Assert.Equal(0u, T0 & 0x1F);
        var file = new FitBytes()
            .Define(0, Record, false, [(253, 4, 0x86), (3, 1, 0x02)])
            .Define(1, Record, false, [(3, 1, 0x02)])
            .Data(0, [.. FitBytes.U32(T0), 100])
            .Compressed(1, 30, 101)
            .Compressed(1, 2, 102)
            .ToFile();

        var times = new FitDecoder().Decode(file).Single().Samples.Select(s => s.Time!.Value.ToUnixTimeSeconds() - 631_065_600).ToArray();

        Assert.Equal([T0, T0 + 30, T0 + 34], times.Select(t => (uint)t));
    }

    [Fact]
    public void Decode_CompressedTimestampFirst_ThrowsFitFormatException()
    {
        var file = new FitBytes().Define(0, Record, false, [(3, 1, 0x02)]).Compressed(0, 3, 100).ToFile();
        var ex = Assert.Throws<FitFormatException>(() => new FitDecoder().Decode(file));
        Assert.Equal(14 + 9, ex.Offset);
    }

    [Fact]
    public void Decode_DeveloperFields_SkippedWithoutMisaligning()
    {
        // A developer field of 7 bytes between records; the next message must still line up.
        var file = new FitBytes()
            .Define(1, FieldDescription, false, [(0, 1, 0x02), (1, 1, 0x02), (2, 1, 0x02)])
            .Data(1, 0, 9, 0x0D)
            .Define(0, Record, false, [(253, 4, 0x86), (3, 1, 0x02)], [(9, 7, 0), (10, 3, 0)])
            .Data(0, [.. FitBytes.U32(T0), 120, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10])
            .Data(0, [.. FitBytes.U32(T0 + 1), 121, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0, 0, 0])
            .ToFile();

        var samples = new FitDecoder().Decode(file).Single().Samples;

        Assert.Equal([120.0, 121.0], samples.Select(s => s.HeartRateBpm!.Value));
    }

    [Fact]
    public void Decode_DeveloperFieldWithNativeRecordField_FillsMissingValue()
    {
        // field_description: index 0, number 1, uint16, scale 10, native record (20) field 39 vertical_oscillation.
        var file = new FitBytes()
            .Define(1, FieldDescription, false, [(0, 1, 0x02), (1, 1, 0x02), (2, 1, 0x02), (6, 1, 0x02), (14, 2, 0x84), (15, 1, 0x02)])
            .Data(1, [0, 1, 0x84, 10, .. FitBytes.U16(20), 39])
            .Define(0, Record, false, [(253, 4, 0x86)], [(1, 2, 0)])
            .Data(0, [.. FitBytes.U32(T0), .. FitBytes.U16(855)])
            .ToFile();

        var s = new FitDecoder().Decode(file).Single().Samples.Single();

        Assert.Equal(85.5, s.VerticalOscillationMm!.Value, 1e-9);
    }

    [Fact]
    public void Decode_InvalidSentinels_AreAbsent()
    {
        var file = new FitBytes()
            .Define(0, Record, false, [(253, 4, 0x86), (0, 4, 0x85), (3, 1, 0x02), (6, 2, 0x84)])
            .Data(0, [.. FitBytes.U32(T0), 0xFF, 0xFF, 0xFF, 0x7F, 0xFF, 0xFF, 0xFF])
            .ToFile();

        var s = new FitDecoder().Decode(file).Single().Samples.Single();

        Assert.Null(s.Latitude);
        Assert.Null(s.HeartRateBpm);
        Assert.Null(s.SpeedMetersPerSecond);
    }

    [Fact]
    public void Decode_TwelveByteHeader_Decodes()
    {
        var file = new FitBytes().Define(0, Record, false, [(253, 4, 0x86)]).Data(0, FitBytes.U32(T0)).ToFile(fourteenByteHeader: false);
        Assert.Single(new FitDecoder().Decode(file).Single().Samples);
    }

    [Fact]
    public void Decode_HeaderCrcZero_MeansNotComputed()
    {
        var file = new FitBytes().Define(0, Record, false, [(253, 4, 0x86)]).Data(0, FitBytes.U32(T0)).ToFile();
        file[12] = 0;
        file[13] = 0;
        FixFileCrc(file);
        Assert.Single(new FitDecoder().Decode(file).Single().Samples);
    }

    [Fact]
    public void Decode_HeaderCrcWrong_ThrowsAtByte12()
    {
        var file = new FitBytes().Define(0, Record, false, [(253, 4, 0x86)]).Data(0, FitBytes.U32(T0)).ToFile();
        file[12] ^= 1;
        var ex = Assert.Throws<FitFormatException>(() => new FitDecoder().Decode(file));
        Assert.Equal(12, ex.Offset);
    }

    [Fact]
    public void Decode_SystemTimeWithoutAnchor_DropsTheTimesRatherThanReading1990()
    {
        // Every timestamp and time_created below 0x10000000: seconds since power-on, and nothing says when that was.
        var decoded = new FitDecoder().Decode(File.ReadAllBytes(SharedPaths.Samples("fit", "compressed-speed-distance.fit")));

        var activity = Assert.Single(decoded);
        Assert.Equal(755, activity.Samples.Count);
        Assert.Null(activity.Start);
        Assert.All(activity.Samples, s => Assert.Null(s.Time));
    }

    [Fact]
    public void Decode_SystemTimeWithDatedCreationTime_AnchorsTheRecordsToIt()
    {
        var file = new FitBytes()
            .Define(0, FileId, false, [(0, 1, 0x00), (4, 4, 0x86)]).Data(0, [4, .. FitBytes.U32(T0)])
            .Define(1, Record, false, [(253, 4, 0x86)]).Data(1, FitBytes.U32(5000)).Data(1, FitBytes.U32(5010))
            .ToFile();

        var activity = Assert.Single(new FitDecoder().Decode(file));

        var start = DateTimeOffset.FromUnixTimeSeconds(631_065_600 + T0);
        Assert.Equal(start, activity.Start);
        Assert.Equal([start, start.AddSeconds(10)], activity.Samples.Select(s => s.Time!.Value));
    }

    [Fact]
    public void Decode_ChainedActivities_GiveOneActivityEach()
    {
        var first = new FitBytes().Define(0, Record, false, [(253, 4, 0x86)]).Data(0, FitBytes.U32(T0)).ToFile();
        var second = new FitBytes().Define(3, Record, false, [(253, 4, 0x86)]).Data(3, FitBytes.U32(T0 + 3600)).Data(3, FitBytes.U32(T0 + 3601)).ToFile();
        var decoded = new FitDecoder().Decode([.. first, .. second]);
        Assert.Equal([1, 2], decoded.Select(a => a.Samples.Count));
        Assert.Equal(TimeSpan.FromHours(1), decoded[1].Start - decoded[0].Start);
    }

    [Fact]
    public void Decode_DataBeforeDefinitionInChainedFile_ThrowsBecauseDefinitionsReset()
    {
        var first = new FitBytes().Define(0, Record, false, [(253, 4, 0x86)]).Data(0, FitBytes.U32(T0)).ToFile();
        var second = new FitBytes().Data(0, FitBytes.U32(T0 + 1)).ToFile();
        var ex = Assert.Throws<FitFormatException>(() => new FitDecoder(new FitDecoderOptions { Salvage = false }).Decode([.. first, .. second]));
        Assert.Equal(first.Length + 14, ex.Offset);
        Assert.Contains("undefined local message type 0", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Decode_BrokenSecondFileOfAChain_KeepsTheFirstActivityMarkedDamaged()
    {
        var first = new FitBytes().Define(0, Record, false, [(253, 4, 0x86)]).Data(0, FitBytes.U32(T0)).Data(0, FitBytes.U32(T0 + 1)).ToFile();
        var second = new FitBytes().Data(0, FitBytes.U32(T0 + 1)).ToFile();

        var activity = Assert.Single(new FitDecoder().Decode([.. first, .. second]));

        Assert.Equal(2, activity.Samples.Count);
        Assert.Equal(first.Length + 14, activity.Damage?.ByteOffset);
    }

    [Fact]
    public void Decode_NonActivityFileType_GivesNoActivity()
    {
        // file_id.type 2 = settings
        var file = new FitBytes().Define(0, FileId, false, [(0, 1, 0x00)]).Data(0, 2).ToFile();
        Assert.Empty(new FitDecoder().Decode(file));
    }

    [Fact]
    public void Decode_SessionsOfDifferentSports_IsMultisportWithStepCadenceOnlyOnFoot()
    {
        var file = new FitBytes()
            .Define(0, Record, false, [(253, 4, 0x86), (4, 1, 0x02)])
            .Data(0, [.. FitBytes.U32(T0), 80])
            .Data(0, [.. FitBytes.U32(T0 + 100), 85])
            .Define(1, Session, false, [(253, 4, 0x86), (2, 4, 0x86), (5, 1, 0x00), (7, 4, 0x86)])
            .Data(1, [.. FitBytes.U32(T0 + 50), .. FitBytes.U32(T0), 2, .. FitBytes.U32(50_000)])
            .Data(1, [.. FitBytes.U32(T0 + 200), .. FitBytes.U32(T0 + 90), 1, .. FitBytes.U32(110_000)])
            .ToFile();

        var activity = new FitDecoder().Decode(file).Single();

        Assert.Equal(Sport.Multisport, activity.Sport);
        Assert.Equal([80.0, 170.0], activity.Samples.Select(s => s.Cadence!.Value));
        Assert.Equal(TimeSpan.FromSeconds(160), activity.Duration);
    }

    [Fact]
    public void Decode_SessionWithoutStartTime_StartsAtTimestampMinusElapsed()
    {
        // A session's timestamp marks its end.
        var file = new FitBytes()
            .Define(1, Session, false, [(253, 4, 0x86), (5, 1, 0x00), (7, 4, 0x86), (9, 4, 0x86)])
            .Data(1, [.. FitBytes.U32(T0 + 3600), 1, .. FitBytes.U32(1_800_000), .. FitBytes.U32(500_000)])
            .ToFile();

        var activity = new FitDecoder().Decode(file).Single();

        Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(631_065_600 + T0 + 1800), activity.Start);
        Assert.Equal(TimeSpan.FromMinutes(30), activity.Duration);
        Assert.Equal(5000, activity.DistanceMeters);
        Assert.Empty(activity.Samples);
    }

    [Fact]
    public void Decode_MessageLongerThanData_ThrowsAtItsHeader()
    {
        var bytes = new FitBytes().Define(0, Record, false, [(253, 4, 0x86), (3, 1, 0x02)]);
        var at = 14 + bytes.Length;
        var file = bytes.Data(0, 1, 2, 3).ToFile();
        var ex = Assert.Throws<FitFormatException>(() => new FitDecoder().Decode(file));
        Assert.Equal(at, ex.Offset);
    }

    [Theory]
    [InlineData(new byte[0], 0)]
    [InlineData(new byte[] { 14, 0x20, 0, 0, 0, 0 }, 0)]
    [InlineData(new byte[] { 11, 0x20, 0, 0, 0, 0, 0, 0, (byte)'.', (byte)'F', (byte)'I', (byte)'T' }, 0)]
    public void Decode_TooShortOrBadHeader_ThrowsAtStart(byte[] file, long offset)
    {
        var ex = Assert.Throws<FitFormatException>(() => new FitDecoder().Decode(file));
        Assert.Equal(offset, ex.Offset);
    }

    [Fact]
    public void Decode_StreamOverSizeLimit_Refused()
    {
        var bytes = File.ReadAllBytes(SharedPaths.Samples("fit", "activity-small-fenix2-run.fit"));
        var decoder = new FitDecoder(new FitDecoderOptions { MaxFileBytes = 100_000 });
        var ex = Assert.Throws<FitFormatException>(() => decoder.Decode(new NonSeekableStream(bytes)));
        Assert.Contains("limit", ex.Message, StringComparison.Ordinal);
        Assert.Throws<FitFormatException>(() => decoder.Decode(new MemoryStream(bytes)));
    }

    /// <summary>Decoding allocates the sample columns (8 bytes per measurement per record, up to twice
    /// that while growing) and little else: no allocation per field or per message.</summary>
    [Theory]
    [InlineData("activity-large-fenxi2-multisport.fit", 300)]
    [InlineData("2019-02-17-062644-ELEMNT-297E-195-0.fit", 300)]
    public void Decode_LargeFile_AllocatesAboutTheSampleColumnsOnly(string file, int maxBytesPerRecord)
    {
        var bytes = File.ReadAllBytes(SharedPaths.Samples("fit", file));
        var decoder = new FitDecoder();
        decoder.Decode(bytes);
        var before = GC.GetAllocatedBytesForCurrentThread();
        decoder.Decode(bytes, out var records);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        Assert.True(allocated < (long)records * maxBytesPerRecord, $"{allocated} bytes for {records} records");
    }

    [Fact]
    public void Decode_NonSeekableStream_SameAsBytes()
    {
        var bytes = File.ReadAllBytes(SharedPaths.Samples("fit", "activity-small-fenix2-run.fit"));
        var fromStream = new FitDecoder().Decode(new NonSeekableStream(bytes)).Single();
        var fromBytes = new FitDecoder().Decode(bytes).Single();
        Assert.Equal(fromBytes.Samples, fromStream.Samples);
    }

    private static void FixFileCrc(byte[] file)
    {
        var crc = Footfall.Activities.Fit.Internal.FitCrc.Compute(file.AsSpan(0, file.Length - 2));
        file[^2] = (byte)crc;
        file[^1] = (byte)(crc >> 8);
    }
}

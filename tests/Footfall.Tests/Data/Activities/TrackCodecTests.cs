using Footfall.Activities;
using Footfall.Activities.Fit;
using Footfall.Data.Activities;
using Footfall.Tests.Support;

namespace Footfall.Tests.Data.Activities;

public class TrackCodecTests
{
    private static readonly DateTimeOffset Start = new(2025, 5, 1, 6, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Encode_ShortTrack_RoundTripsEveryPoint()
    {
        var samples = Enumerable.Range(0, 300)
            .Select(i => new ActivitySample(Start.AddSeconds(i), null, null, i * 3.1, 3.1, 140 + (i % 20), 170 + (i % 7), 50.5 + i))
            .ToList();

        var track = TrackCodec.Decode(TrackCodec.Encode(samples, Start));

        Assert.Equal(300, track.Count);
        for (var i = 0; i < 300; i++)
        {
            Assert.Equal(i, track.Seconds[i]);
            Assert.Equal((float)(i * 3.1), track.DistanceMeters[i]);
            Assert.Equal(3.1f, track.SpeedMetersPerSecond[i]);
            Assert.Equal(140 + (i % 20), track.HeartRateBpm[i]);
            Assert.Equal(170 + (i % 7), track.Cadence[i]);
            Assert.Equal((float)(50.5 + i), track.AltitudeMeters[i]);
        }
    }

    [Fact]
    public void Encode_MissingMeasurements_ComeBackAsNaN()
    {
        var samples = new List<ActivitySample>
        {
            new(Start, null, null, 0, null, null, null, null),
            new(Start.AddSeconds(1), null, null, 2, 2, 120, null, null),
        };

        var track = TrackCodec.Decode(TrackCodec.Encode(samples, Start));

        Assert.True(float.IsNaN(track.HeartRateBpm[0]));
        Assert.Equal(120, track.HeartRateBpm[1]);
        Assert.All(track.Cadence, c => Assert.True(float.IsNaN(c)));
    }

    [Theory]
    [InlineData(1001, 1000)]
    [InlineData(7200, 1000)]
    [InlineData(999, 999)]
    public void Encode_LongTrack_KeepsAtMostMaxPointsInTimeOrder(int samples, int expected)
    {
        var list = Enumerable.Range(0, samples)
            .Select(i => new ActivitySample(Start.AddSeconds(i), null, null, i, 1, 150, 180, 10))
            .ToList();

        var track = TrackCodec.Decode(TrackCodec.Encode(list, Start));

        Assert.Equal(expected, track.Count);
        Assert.Equal(0, track.Seconds[0]);
        Assert.True(track.Seconds.Zip(track.Seconds.Skip(1)).All(p => p.First < p.Second));
        Assert.All(track.HeartRateBpm, hr => Assert.Equal(150, hr));
        Assert.InRange(track.Seconds[^1], samples - 10, samples - 1);
    }

    [Fact]
    public void Encode_SampleRun_PacksSmallAndKeepsTheAverageHeartRate()
    {
        var activity = new FitDecoder().Decode(File.ReadAllBytes(SharedPaths.Samples("fit", "activity-small-fenix2-run.fit")))[0];
        var start = activity.Start!.Value;

        var blob = TrackCodec.Encode(activity.Samples, start);
        var track = TrackCodec.Decode(blob);

        Assert.InRange(blob.Length, 100, 40_000);
        var recorded = activity.Samples.Where(s => s.HeartRateBpm is not null).Average(s => s.HeartRateBpm!.Value);
        var packed = track.HeartRateBpm.Where(h => !float.IsNaN(h)).Average();
        Assert.InRange(packed, recorded - 3, recorded + 3);
    }

    [Fact]
    public void Decode_DamagedBlob_ThrowsInvalidDataException()
    {
        Assert.ThrowsAny<InvalidDataException>(() => TrackCodec.Decode([1, 2, 3, 4, 5]));
    }
}

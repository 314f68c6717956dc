using Footfall.Care.Directory;
using Footfall.Tests.Support;

namespace Footfall.Tests.Care.Directory;

public sealed class GazetteerTests
{
    private static readonly Lazy<Gazetteer> Shipped = new(() =>
    {
        using var file = File.OpenRead(Path.Combine(SharedPaths.RepoRoot, "gazetteer", "cities.tsv.gz"));
        return Gazetteer.Load(file);
    });

    [Fact]
    public void Find_HuntingtonBeachCalifornia_IsOnTheCoastOfOrangeCounty()
    {
        var place = Assert.Single(Shipped.Value.Find("huntington beach, CA"));

        Assert.Equal("Huntington Beach, CA, US", place.Label);
        Assert.InRange(place.Point.Latitude, 33.6, 33.7);
        Assert.InRange(place.Point.Longitude, -118.1, -117.9);
    }

    [Fact]
    public void Find_AmbiguousName_MostPopulousFirst()
    {
        var places = Shipped.Value.Find("Portland");

        Assert.True(places.Count >= 2);
        Assert.Equal("OR", places[0].Admin);
    }

    [Fact]
    public void Find_AccentsAndCase_AreIgnored() => Assert.NotEmpty(Shipped.Value.Find("ZURICH"));

    [Fact]
    public void Load_HoldsTheWorld() => Assert.True(Shipped.Value.Count > 100_000);

    [Fact]
    public void Find_UnknownTown_IsEmpty() => Assert.Empty(Shipped.Value.Find("Nowhere-on-Sea-Xyz"));

    [Fact]
    public void Load_BrokenLines_AreSkipped()
    {
        using var data = new MemoryStream();
        using (var gzip = new System.IO.Compression.GZipStream(data, System.IO.Compression.CompressionLevel.Fastest, leaveOpen: true))
        using (var writer = new StreamWriter(gzip))
        {
            writer.Write("Good\t\tUS\tCA\t33.0\t-117.0\t1000\nBad\t\tUS\tCA\tnorth\t-117\t5\nFar\t\tUS\tCA\t95\t0\t5\n\u0000\u0001garbage\n");
        }

        data.Position = 0;
        var gazetteer = Gazetteer.Load(data);

        Assert.Equal(1, gazetteer.Count);
        Assert.Single(gazetteer.Find("Good"));
    }

    [Fact]
    public void KilometresTo_HuntingtonBeachToCostaMesa_IsAboutTenKilometres()
    {
        var huntington = new GeoPoint(33.6603, -117.99923);
        var costaMesa = new GeoPoint(33.64113, -117.91867);

        Assert.InRange(huntington.KilometresTo(costaMesa), 7, 9);
    }
}

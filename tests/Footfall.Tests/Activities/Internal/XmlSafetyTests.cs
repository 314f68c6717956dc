using System.Text;
using Footfall.Activities;
using Footfall.Activities.Gpx;
using Footfall.Activities.Tcx;

namespace Footfall.Tests.Activities.Internal;

/// <summary>Hostile XML is refused before any entity is expanded or any file is fetched.</summary>
public class XmlSafetyTests
{
    private const string BillionLaughs = """
        <?xml version="1.0"?>
        <!DOCTYPE lolz [
         <!ENTITY lol "lol">
         <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
         <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
         <!ENTITY lol9 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
        ]>
        <gpx><trk><name>&lol9;</name></trk></gpx>
        """;

    private const string ExternalEntity = """
        <?xml version="1.0"?>
        <!DOCTYPE gpx [ <!ENTITY xxe SYSTEM "file:///etc/passwd"> ]>
        <gpx><trk><name>&xxe;</name></trk></gpx>
        """;

    private const string PlainDtd = """
        <?xml version="1.0"?>
        <!DOCTYPE TrainingCenterDatabase SYSTEM "http://example.invalid/tcx.dtd">
        <TrainingCenterDatabase><Activities/></TrainingCenterDatabase>
        """;

    public static TheoryData<string, ActivityFormat> Payloads => new()
    {
        { BillionLaughs, ActivityFormat.Gpx },
        { ExternalEntity, ActivityFormat.Gpx },
        { PlainDtd, ActivityFormat.Tcx },
        { BillionLaughs, ActivityFormat.Tcx },
    };

    [Theory]
    [MemberData(nameof(Payloads))]
    public void Decode_XmlWithDtd_RefusedWithClearMessage(string xml, ActivityFormat format)
    {
        IActivityDecoder decoder = format == ActivityFormat.Gpx ? new GpxDecoder() : new TcxDecoder();
        var ex = Assert.Throws<XmlActivityFormatException>(() => decoder.Decode(new MemoryStream(Encoding.UTF8.GetBytes(xml))));
        Assert.Contains("DTD", ex.Message, StringComparison.Ordinal);
        Assert.Contains("refused", ex.Message, StringComparison.Ordinal);
        Assert.Equal(format, ex.Format);
    }

    [Fact]
    public void Decode_ViaDetection_DtdStillRefused()
    {
        Assert.Throws<XmlActivityFormatException>(() => ActivityDecoders.Decode(new MemoryStream(Encoding.UTF8.GetBytes(ExternalEntity)), "x.gpx"));
    }
}

using Footfall.Tests.Support;
using Footfall.Activities.Fit.Internal;

namespace Footfall.Tests.Activities.Fit;

public class FitPrimitivesTests
{
    [Fact]
    public void Crc_CheckString_MatchesCrc16Arc()
    {
        // CRC-16/ARC check value for "123456789" (the catalogue of parametrised CRC algorithms).
        Assert.Equal(0xBB3D, FitCrc.Compute("123456789"u8));
    }

    [Fact]
    public void Crc_SampleHeader_MatchesStoredHeaderCrc()
    {
        var file = File.ReadAllBytes(SharedPaths.Samples("fit", "garmin-fenix-5-run.fit"));
        Assert.Equal(14, file[0]);
        Assert.Equal(BitConverter.ToUInt16(file, 12), FitCrc.Compute(file.AsSpan(0, 12)));
    }

    [Fact]
    public void Crc_NibbleTableFormFromTheSdk_GivesSameValue()
    {
        ReadOnlySpan<ushort> t = [0x0000, 0xCC01, 0xD801, 0x1400, 0xF001, 0x3C00, 0x2800, 0xE401, 0xA001, 0x6C00, 0x7800, 0xB401, 0x5000, 0x9C01, 0x8801, 0x4400];
        var data = File.ReadAllBytes(SharedPaths.Samples("fit", "Activity.fit"));
        var crc = 0;
        foreach (var b in data)
        {
            var tmp = t[crc & 0xF];
            crc = (crc >> 4) & 0x0FFF;
            crc ^= tmp ^ t[b & 0xF];
            tmp = t[crc & 0xF];
            crc = (crc >> 4) & 0x0FFF;
            crc ^= tmp ^ t[(b >> 4) & 0xF];
        }

        Assert.Equal(crc, FitCrc.Compute(data));
    }

    [Theory]
    [InlineData(new byte[] { 0x05 }, FitBaseType.Enum, false, 5.0)]
    [InlineData(new byte[] { 0xFF }, FitBaseType.Enum, false, null)]
    [InlineData(new byte[] { 0xFE }, FitBaseType.SInt8, false, -2.0)]
    [InlineData(new byte[] { 0x7F }, FitBaseType.SInt8, false, null)]
    [InlineData(new byte[] { 0xC8 }, FitBaseType.UInt8, false, 200.0)]
    [InlineData(new byte[] { 0xFF }, FitBaseType.UInt8, false, null)]
    [InlineData(new byte[] { 0x00 }, FitBaseType.UInt8z, false, null)]
    [InlineData(new byte[] { 0x01 }, FitBaseType.UInt8z, false, 1.0)]
    [InlineData(new byte[] { 0xFE, 0xFF }, FitBaseType.SInt16, false, -2.0)]
    [InlineData(new byte[] { 0xFF, 0xFE }, FitBaseType.SInt16, true, -2.0)]
    [InlineData(new byte[] { 0xFF, 0x7F }, FitBaseType.SInt16, false, null)]
    [InlineData(new byte[] { 0x34, 0x12 }, FitBaseType.UInt16, false, 4660.0)]
    [InlineData(new byte[] { 0x12, 0x34 }, FitBaseType.UInt16, true, 4660.0)]
    [InlineData(new byte[] { 0xFF, 0xFF }, FitBaseType.UInt16, false, null)]
    [InlineData(new byte[] { 0x00, 0x00 }, FitBaseType.UInt16z, false, null)]
    [InlineData(new byte[] { 0xFF, 0xFF }, FitBaseType.UInt16z, false, 65535.0)]
    [InlineData(new byte[] { 0x00, 0x00, 0x00, 0x80 }, FitBaseType.SInt32, false, -2147483648.0)]
    [InlineData(new byte[] { 0xFF, 0xFF, 0xFF, 0x7F }, FitBaseType.SInt32, false, null)]
    [InlineData(new byte[] { 0x7F, 0xFF, 0xFF, 0xFF }, FitBaseType.SInt32, true, null)]
    [InlineData(new byte[] { 0x01, 0x00, 0x00, 0x00 }, FitBaseType.UInt32, false, 1.0)]
    [InlineData(new byte[] { 0x00, 0x00, 0x00, 0x01 }, FitBaseType.UInt32, true, 1.0)]
    [InlineData(new byte[] { 0xFF, 0xFF, 0xFF, 0xFF }, FitBaseType.UInt32, false, null)]
    [InlineData(new byte[] { 0x00, 0x00, 0x00, 0x00 }, FitBaseType.UInt32z, false, null)]
    [InlineData(new byte[] { 0x00, 0x00, 0xC0, 0x3F }, FitBaseType.Float32, false, 1.5)]
    [InlineData(new byte[] { 0x3F, 0xC0, 0x00, 0x00 }, FitBaseType.Float32, true, 1.5)]
    [InlineData(new byte[] { 0xFF, 0xFF, 0xFF, 0xFF }, FitBaseType.Float32, false, null)]
    [InlineData(new byte[] { 0, 0, 0, 0, 0, 0, 0xF8, 0x3F }, FitBaseType.Float64, false, 1.5)]
    [InlineData(new byte[] { 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF }, FitBaseType.Float64, false, null)]
    [InlineData(new byte[] { 0xFE, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF }, FitBaseType.SInt64, false, -2.0)]
    [InlineData(new byte[] { 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0x7F }, FitBaseType.SInt64, false, null)]
    [InlineData(new byte[] { 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF }, FitBaseType.UInt64, false, null)]
    [InlineData(new byte[] { 0, 0, 0, 0, 0, 0, 0, 0 }, FitBaseType.UInt64z, false, null)]
    [InlineData(new byte[] { 0x41, 0x00 }, FitBaseType.String, false, null)]
    [InlineData(new byte[] { 0x01 }, FitBaseType.UInt16, false, null)]
    [InlineData(new byte[] { 0x01, 0x02, 0x03 }, FitBaseType.UInt32, false, null)]
    [InlineData(new byte[] { 0x01 }, (byte)0x1F, false, null)]
    [InlineData(new byte[] { 0x34, 0x12, 0xFF, 0xFF }, FitBaseType.UInt16, false, 4660.0)]
    public void TryRead_FirstElement_ReadsValueOrInvalidSentinel(byte[] field, byte baseType, bool bigEndian, double? expected)
    {
        var valid = FitBaseType.TryRead(field, baseType, bigEndian, out var value);
        Assert.Equal(expected.HasValue, valid);
        if (expected is { } e)
        {
            Assert.Equal(e, value);
        }
    }

    [Theory]
    [InlineData(0x00, 1)]
    [InlineData(0x03, 2)]
    [InlineData(0x05, 4)]
    [InlineData(0x09, 8)]
    [InlineData(0x10, 8)]
    [InlineData(0x11, 0)]
    [InlineData(0x1F, 0)]
    public void SizeOf_BaseType_IsElementSize(int baseType, int size) => Assert.Equal(size, FitBaseType.SizeOf(baseType));

    [Theory]
    [InlineData(new byte[] { 1, 2, 3, 4 }, false, 0x04030201u)]
    [InlineData(new byte[] { 1, 2, 3, 4 }, true, 0x01020304u)]
    public void TryReadUInt32_ByteOrder_Respected(byte[] field, bool bigEndian, uint expected)
    {
        Assert.True(FitBaseType.TryReadUInt32(field, bigEndian, out var v));
        Assert.Equal(expected, v);
    }

    [Fact]
    public void TryReadUInt32_InvalidOrShort_False()
    {
        Assert.False(FitBaseType.TryReadUInt32(new byte[] { 0xFF, 0xFF, 0xFF, 0xFF }, false, out _));
        Assert.False(FitBaseType.TryReadUInt32(new byte[] { 1, 2, 3 }, false, out _));
    }
}

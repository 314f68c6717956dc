using System.Buffers.Binary;
using Footfall.Activities.Fit.Internal;

namespace Footfall.Tests.Activities.Fit;

/// <summary>Builds small FIT files byte by byte for tests (independent of the decoder's parser; it
/// shares only the CRC, which has its own known-answer test).</summary>
internal sealed class FitBytes
{
    private readonly List<byte> _data = [];

    public int Length => _data.Count;

    /// <summary>Definition message: fields are (number, size, baseType).</summary>
    public FitBytes Define(int local, ushort global, bool bigEndian, (byte Number, byte Size, byte BaseType)[] fields, (byte Number, byte Size, byte Index)[]? developer = null)
    {
        _data.Add((byte)(0x40 | (developer is null ? 0 : 0x20) | local));
        _data.Add(0);
        _data.Add(bigEndian ? (byte)1 : (byte)0);
        var g = new byte[2];
        if (bigEndian)
        {
            BinaryPrimitives.WriteUInt16BigEndian(g, global);
        }
        else
        {
            BinaryPrimitives.WriteUInt16LittleEndian(g, global);
        }

        _data.AddRange(g);
        _data.Add((byte)fields.Length);
        foreach (var f in fields)
        {
            _data.AddRange([f.Number, f.Size, f.BaseType]);
        }

        if (developer is not null)
        {
            _data.Add((byte)developer.Length);
            foreach (var d in developer)
            {
                _data.AddRange([d.Number, d.Size, d.Index]);
            }
        }

        return this;
    }

    public FitBytes Data(int local, params byte[] payload)
    {
        _data.Add((byte)(local & 0x0F));
        _data.AddRange(payload);
        return this;
    }

    public FitBytes Compressed(int local, int secondsLow5, params byte[] payload)
    {
        _data.Add((byte)(0x80 | ((local & 0x3) << 5) | (secondsLow5 & 0x1F)));
        _data.AddRange(payload);
        return this;
    }

    public FitBytes Raw(params byte[] bytes)
    {
        _data.AddRange(bytes);
        return this;
    }

    /// <summary>The complete file: a 14-byte header (or 12) with CRCs, the data, the file CRC.</summary>
    public byte[] ToFile(bool fourteenByteHeader = true)
    {
        var headerSize = fourteenByteHeader ? 14 : 12;
        var file = new byte[headerSize + _data.Count + 2];
        file[0] = (byte)headerSize;
        file[1] = 0x20;
        BinaryPrimitives.WriteUInt16LittleEndian(file.AsSpan(2), 21202);
        BinaryPrimitives.WriteUInt32LittleEndian(file.AsSpan(4), (uint)_data.Count);
        ".FIT"u8.CopyTo(file.AsSpan(8));
        if (fourteenByteHeader)
        {
            BinaryPrimitives.WriteUInt16LittleEndian(file.AsSpan(12), FitCrc.Compute(file.AsSpan(0, 12)));
        }

        _data.CopyTo(file, headerSize);
        var crc = FitCrc.Compute(file.AsSpan(0, headerSize + _data.Count));
        BinaryPrimitives.WriteUInt16LittleEndian(file.AsSpan(headerSize + _data.Count), crc);
        return file;
    }

    public static byte[] U32(uint v, bool bigEndian = false)
    {
        var b = new byte[4];
        if (bigEndian)
        {
            BinaryPrimitives.WriteUInt32BigEndian(b, v);
        }
        else
        {
            BinaryPrimitives.WriteUInt32LittleEndian(b, v);
        }

        return b;
    }

    public static byte[] U16(ushort v, bool bigEndian = false)
    {
        var b = new byte[2];
        if (bigEndian)
        {
            BinaryPrimitives.WriteUInt16BigEndian(b, v);
        }
        else
        {
            BinaryPrimitives.WriteUInt16LittleEndian(b, v);
        }

        return b;
    }

    public static byte[] S32(int v, bool bigEndian = false) => U32(unchecked((uint)v), bigEndian);
}

using System.Buffers.Binary;

namespace Footfall.Activities.Fit.Internal;

/// <summary>
/// The FIT CRC-16 (FIT protocol 2.0, "CRC"): CRC-16/ARC, reflected polynomial 0xA001, initial value 0,
/// equal to the SDK's nibble-table form. Computed eight bytes at a time ("slicing-by-8", Intel 2006)
/// with a byte-at-a-time tail, since it runs over every byte of every file twice (header and file CRC).
/// </summary>
internal static class FitCrc
{
    /// <summary>Tables[k][b] is the CRC contribution of byte b followed by k zero bytes.</summary>
    private static readonly ushort[][] Tables = BuildTables();

    public static ushort Compute(ReadOnlySpan<byte> data, ushort crc = 0)
    {
        var t0 = Tables[0];
        var t1 = Tables[1];
        var t2 = Tables[2];
        var t3 = Tables[3];
        var t4 = Tables[4];
        var t5 = Tables[5];
        var t6 = Tables[6];
        var t7 = Tables[7];
        uint c = crc;
        while (data.Length >= 8)
        {
            // Invariant: c <= 0xFFFF, so the CRC folds into the low two bytes of the first word.
            var x = c ^ BinaryPrimitives.ReadUInt32LittleEndian(data);
            var y = BinaryPrimitives.ReadUInt32LittleEndian(data[4..]);
            c = (uint)(t7[x & 0xFF] ^ t6[(x >> 8) & 0xFF] ^ t5[(x >> 16) & 0xFF] ^ t4[x >> 24]
                ^ t3[y & 0xFF] ^ t2[(y >> 8) & 0xFF] ^ t1[(y >> 16) & 0xFF] ^ t0[y >> 24]);
            data = data[8..];
        }

        foreach (var b in data)
        {
            c = (c >> 8) ^ t0[(c ^ b) & 0xFF];
        }

        return (ushort)c;
    }

    private static ushort[][] BuildTables()
    {
        var tables = new ushort[8][];
        tables[0] = new ushort[256];
        for (var i = 0; i < 256; i++)
        {
            var c = i;
            for (var bit = 0; bit < 8; bit++)
            {
                c = (c & 1) != 0 ? (c >> 1) ^ 0xA001 : c >> 1;
            }

            tables[0][i] = (ushort)c;
        }

        for (var k = 1; k < 8; k++)
        {
            tables[k] = new ushort[256];
            for (var i = 0; i < 256; i++)
            {
                var prev = tables[k - 1][i];
                tables[k][i] = (ushort)((prev >> 8) ^ tables[0][prev & 0xFF]);
            }
        }

        return tables;
    }
}

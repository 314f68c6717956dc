namespace Footfall.Activities.Fit.Internal;

/// <summary>
/// The FIT CRC-16 (FIT protocol 2.0, "CRC"): CRC-16/ARC, reflected polynomial 0xA001, initial value 0.
/// Computed a byte at a time from a 256-entry table; equal to the SDK's nibble-table form.
/// </summary>
internal static class FitCrc
{
    private static readonly ushort[] Table = BuildTable();

    public static ushort Compute(ReadOnlySpan<byte> data, ushort crc = 0)
    {
        var table = Table;
        int c = crc;
        foreach (var b in data)
        {
            // Invariant: 0 <= c <= 0xFFFF, so the index is 0..255.
            c = (c >> 8) ^ table[(c ^ b) & 0xFF];
        }

        return (ushort)c;
    }

    private static ushort[] BuildTable()
    {
        var table = new ushort[256];
        for (var i = 0; i < 256; i++)
        {
            var c = i;
            for (var bit = 0; bit < 8; bit++)
            {
                c = (c & 1) != 0 ? (c >> 1) ^ 0xA001 : c >> 1;
            }

            table[i] = (ushort)c;
        }

        return table;
    }
}

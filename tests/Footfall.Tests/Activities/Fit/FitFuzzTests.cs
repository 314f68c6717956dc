using System.Buffers.Binary;
using Footfall.Activities;
using Footfall.Activities.Fit;
using Footfall.Activities.Fit.Internal;
using Footfall.Tests.Support;

namespace Footfall.Tests.Activities.Fit;

/// <summary>
/// Mutates small sample files with a seeded <see cref="Random"/>: bit flips, byte overwrites,
/// truncations, insertions and deletions, corrupted data sizes, and corrupted definition messages
/// (field counts, field sizes, base types, architecture, local types). Half the cases get their CRCs
/// recomputed so the mutation reaches the parser with CRC checks on; the rest are decoded with CRC
/// checks off. Each case must decode or throw <see cref="FitFormatException"/> naming an offset within
/// the input; anything else fails the test with the case number to replay.
/// </summary>
public class FitFuzzTests
{
    private const int Cases = 120_000;

    private static readonly string[] Seeds =
    [
        "garmin-fenix-5-run.fit",
        "Activity.fit",
        "compressed-speed-distance.fit",
    ];

    [Fact]
    public void Decode_MutatedSamples_DecodeOrThrowFitFormatException()
    {
        var seeds = Seeds.Select(f => File.ReadAllBytes(SharedPaths.Samples("fit", f))).Append(DeveloperFieldFile()).ToArray();
        var definitions = seeds.Select(DefinitionOffsets).ToArray();
        var strict = new FitDecoder(new FitDecoderOptions { MaxSamples = 50_000 });
        var lenient = new FitDecoder(new FitDecoderOptions { VerifyCrc = false, MaxSamples = 50_000 });
        var random = new Random(20261121);
        var decodedCount = 0;
        var refusedCount = 0;
        var refusalReasons = new HashSet<string>();

        for (var i = 0; i < Cases; i++)
        {
            var which = random.Next(seeds.Length);
            var input = Mutate(seeds[which], definitions[which], random);
            var fixCrc = random.Next(2) == 0;
            if (fixCrc)
            {
                FixCrcs(input);
            }

            try
            {
                var activities = (fixCrc ? strict : lenient).Decode(input, out var records);

                // Every record takes at least one byte of input, so output is bounded by input.
                Assert.True(records <= input.Length, $"case {i}: {records} records from {input.Length} bytes");
                Assert.True(activities.Sum(a => a.Samples.Count) <= records, $"case {i}");
                decodedCount++;
            }
            catch (FitFormatException ex)
            {
                Assert.InRange(ex.Offset, 0, input.Length);
                refusedCount++;
                refusalReasons.Add(ex.Message[..ex.Message.IndexOf(" at byte", StringComparison.Ordinal)]);
            }
            catch (Exception ex)
            {
                Assert.Fail($"case {i} (seed file {which}, crc fixed {fixCrc}): {ex.GetType().Name}: {ex.Message}\n{ex.StackTrace}");
            }
        }

        // The mutations must exercise both outcomes and many distinct refusals, or the fuzzer is toothless.
        Assert.True(decodedCount > Cases / 10, $"only {decodedCount} decoded");
        Assert.True(refusedCount > Cases / 10, $"only {refusedCount} refused");
        Assert.True(refusalReasons.Count >= 6, string.Join("; ", refusalReasons));
    }

    [Fact]
    public void Decode_RandomBytes_ThrowFitFormatException()
    {
        var random = new Random(7);
        for (var i = 0; i < 5_000; i++)
        {
            var input = new byte[random.Next(0, 200)];
            random.NextBytes(input);
            if (input.Length >= 12 && random.Next(2) == 0)
            {
                input[0] = 14;
                ".FIT"u8.CopyTo(input.AsSpan(8));
                BinaryPrimitives.WriteUInt32LittleEndian(input.AsSpan(4), (uint)Math.Max(0, input.Length - 16));
            }

            try
            {
                new FitDecoder(new FitDecoderOptions { VerifyCrc = false }).Decode(input);
            }
            catch (FitFormatException)
            {
            }
        }
    }

    private static byte[] Mutate(byte[] seed, int[] definitionOffsets, Random random)
    {
        var data = (byte[])seed.Clone();
        var kind = random.Next(8);
        switch (kind)
        {
            case 0: // bit flips
                for (var n = random.Next(1, 9); n > 0; n--)
                {
                    data[random.Next(data.Length)] ^= (byte)(1 << random.Next(8));
                }

                return data;
            case 1: // random bytes
                for (var n = random.Next(1, 5); n > 0; n--)
                {
                    data[random.Next(data.Length)] = (byte)random.Next(256);
                }

                return data;
            case 2: // truncation
                return data[..random.Next(data.Length)];
            case 3: // insertion
                {
                    var at = random.Next(data.Length);
                    var extra = new byte[random.Next(1, 16)];
                    random.NextBytes(extra);
                    return [.. data[..at], .. extra, .. data[at..]];
                }

            case 4: // deletion
                {
                    var at = random.Next(data.Length);
                    var count = Math.Min(random.Next(1, 16), data.Length - at);
                    return [.. data[..at], .. data[(at + count)..]];
                }

            case 5: // data size in the header
                BinaryPrimitives.WriteUInt32LittleEndian(data.AsSpan(4), random.Next(4) == 0 ? (uint)random.Next() : (uint)(data.Length - data[0] - 2 + random.Next(-20, 20)));
                return data;
            default: // corrupt a definition message: header, architecture, field count, a field's size or type
                {
                    var def = definitionOffsets[random.Next(definitionOffsets.Length)];
                    var fieldCount = data[def + 5];
                    var target = random.Next(5) switch
                    {
                        0 => def,
                        1 => def + 2,
                        2 => def + 5,
                        _ => fieldCount == 0 ? def + 5 : def + 6 + (3 * random.Next(fieldCount)) + random.Next(3),
                    };
                    if (target < data.Length)
                    {
                        data[target] = random.Next(3) == 0 ? (byte)random.Next(256) : (byte)(data[target] + random.Next(-3, 4));
                    }

                    return data;
                }
        }
    }

    /// <summary>Offsets of the definition messages' record headers in a valid single FIT file.</summary>
    private static int[] DefinitionOffsets(byte[] file)
    {
        var offsets = new List<int>();
        var sizes = new int[16];
        var pos = (int)file[0];
        var end = pos + (int)BinaryPrimitives.ReadUInt32LittleEndian(file.AsSpan(4));
        while (pos < end)
        {
            var header = file[pos];
            if ((header & 0x80) != 0)
            {
                pos += 1 + sizes[(header >> 5) & 3];
            }
            else if ((header & 0x40) != 0)
            {
                offsets.Add(pos);
                var count = file[pos + 5];
                var size = 0;
                for (var f = 0; f < count; f++)
                {
                    size += file[pos + 6 + (3 * f) + 1];
                }

                var next = pos + 6 + (3 * count);
                if ((header & 0x20) != 0)
                {
                    var dev = file[next];
                    for (var f = 0; f < dev; f++)
                    {
                        size += file[next + 1 + (3 * f) + 1];
                    }

                    next += 1 + (3 * dev);
                }

                sizes[header & 0xF] = size;
                pos = next;
            }
            else
            {
                pos += 1 + sizes[header & 0xF];
            }
        }

        return [.. offsets];
    }

    /// <summary>Recomputes the header and file CRC of the first file in the input, when its sizes allow.</summary>
    private static void FixCrcs(byte[] data)
    {
        if (data.Length < 14 || data[0] < 14)
        {
            return;
        }

        BinaryPrimitives.WriteUInt16LittleEndian(data.AsSpan(12), FitCrc.Compute(data.AsSpan(0, 12)));
        var end = (long)data[0] + BinaryPrimitives.ReadUInt32LittleEndian(data.AsSpan(4));
        if (end + 2 <= data.Length)
        {
            BinaryPrimitives.WriteUInt16LittleEndian(data.AsSpan((int)end), FitCrc.Compute(data.AsSpan(0, (int)end)));
        }
    }

    private static byte[] DeveloperFieldFile()
    {
        var b = new FitBytes()
            .Define(1, 206, false, [(0, 1, 0x02), (1, 1, 0x02), (2, 1, 0x02), (6, 1, 0x02), (14, 2, 0x84), (15, 1, 0x02)])
            .Data(1, [0, 1, 0x84, 10, .. FitBytes.U16(20), 39])
            .Define(0, 20, true, [(253, 4, 0x86), (3, 1, 0x02), (8, 3, 0x0D)], [(1, 2, 0), (2, 5, 0)])
            .Define(2, 18, false, [(253, 4, 0x86), (2, 4, 0x86), (5, 1, 0x00), (7, 4, 0x86), (9, 4, 0x86)]);
        for (uint t = 0; t < 40; t++)
        {
            b.Data(0, [.. FitBytes.U32(1_000_000_000 + (t * 3), bigEndian: true), (byte)(120 + t), (byte)t, 0x10, (byte)t, .. FitBytes.U16((ushort)(800 + t), bigEndian: true), 1, 2, 3, 4, 5]);
            b.Compressed(0, (int)((t * 3) + 1) & 0x1F, [(byte)(121 + t), 1, 2, 3, 0, 0, 9, 9, 9, 9, 9]);
        }

        b.Data(2, [.. FitBytes.U32(1_000_000_200), .. FitBytes.U32(1_000_000_000), 1, .. FitBytes.U32(200_000), .. FitBytes.U32(100_000)]);
        return b.ToFile();
    }
}

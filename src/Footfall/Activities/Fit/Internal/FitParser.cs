using System.Buffers.Binary;

namespace Footfall.Activities.Fit.Internal;

/// <summary>
/// Walks the bytes of a FIT input (FIT protocol 2.0: file header, records, file CRC; several such
/// files may be chained) and feeds the messages this decoder uses to a <see cref="FitActivityBuilder"/>.
/// Every loop advances by at least one byte of input, so decoding ends in O(input length).
/// Not thread-safe; one instance decodes one input at a time.
/// </summary>
internal sealed class FitParser
{
    private const int MinHeaderSize = 12;
    private const int LocalTypes = 16;

    /// <summary>field_description field 8, <c>units</c> (string).</summary>
    private const byte FieldDescriptionUnits = 8;

    private readonly FitDecoderOptions _options;
    private readonly DecodePlan[] _plans = new DecodePlan[LocalTypes];
    private readonly Dictionary<int, DeveloperField> _developerFields = [];
    private readonly double[] _scratch = new double[FieldSlot.Count];

    public FitParser(FitDecoderOptions options)
    {
        _options = options;
        for (var i = 0; i < LocalTypes; i++)
        {
            _plans[i] = new DecodePlan();
        }
    }

    /// <summary>Number of record messages seen by the last <see cref="Parse"/> (for benchmarks).</summary>
    public int RecordCount { get; private set; }

    public List<Activity> Parse(ReadOnlySpan<byte> data)
    {
        if (data.IsEmpty)
        {
            throw new FitFormatException("empty input", 0);
        }

        RecordCount = 0;
        var activities = new List<Activity>();
        var heartRates = new HeartRateEvents();
        var builder = new FitActivityBuilder(_options.MaxSamples, heartRates);
        var pos = 0;

        // Invariant: 0 <= pos <= data.Length; each ParseFile call advances pos by at least 14 bytes.
        while (pos < data.Length)
        {
            try
            {
                pos = ParseFile(data, pos, builder);
                builder.Complete(activities, null);
            }
            catch (FitFormatException ex) when (_options.Salvage)
            {
                // Keep what came before the damage, and say where it was; refuse only when nothing came before.
                var damage = new ActivityDamage(ex.Offset, ex.Reason);
                if (!builder.Complete(activities, damage))
                {
                    if (activities.Count == 0)
                    {
                        throw;
                    }

                    activities[^1] = activities[^1] with { Damage = damage };
                }

                break;
            }
        }

        foreach (var activity in activities)
        {
            heartRates.MergeInto((ActivitySamples)activity.Samples);
        }

        return activities;
    }

    private static ushort ReadUInt16(ReadOnlySpan<byte> data, int at, bool bigEndian) =>
        bigEndian ? BinaryPrimitives.ReadUInt16BigEndian(data[at..]) : BinaryPrimitives.ReadUInt16LittleEndian(data[at..]);

    /// <summary>Reads one header + data + CRC block starting at <paramref name="start"/>; returns the
    /// offset just after its file CRC.</summary>
    private int ParseFile(ReadOnlySpan<byte> data, int start, FitActivityBuilder builder)
    {
        var available = data.Length - start;
        if (available < MinHeaderSize)
        {
            throw new FitFormatException($"{available} bytes left, too few for a FIT file header", start);
        }

        int headerSize = data[start];
        if (headerSize < MinHeaderSize)
        {
            throw new FitFormatException($"header size {headerSize} is below the minimum of 12", start);
        }

        if (available < headerSize)
        {
            throw new FitFormatException("input ends inside the file header", data.Length);
        }

        if (!data.Slice(start + 8, 4).SequenceEqual(".FIT"u8))
        {
            throw new FitFormatException("missing \".FIT\" signature: not a FIT file", start + 8);
        }

        if (headerSize >= 14 && _options.VerifyCrc)
        {
            var headerCrc = BinaryPrimitives.ReadUInt16LittleEndian(data[(start + 12)..]);

            // 0x0000 means "not computed" (FIT protocol 2.0, file header).
            if (headerCrc != 0 && headerCrc != FitCrc.Compute(data.Slice(start, 12)))
            {
                throw new FitFormatException("header CRC mismatch", start + 12);
            }
        }

        var dataSize = BinaryPrimitives.ReadUInt32LittleEndian(data[(start + 4)..]);
        var dataStart = start + headerSize;
        if (dataSize > (uint)(data.Length - dataStart) || data.Length - dataStart - (int)dataSize < 2)
        {
            // Read the records that are there (a salvage keeps them), then say the file was cut short.
            if (_options.Salvage)
            {
                ParseRecords(data, dataStart, builder);
            }

            throw new FitFormatException(
                $"header declares {dataSize} data bytes plus a 2-byte CRC but the input ends first (truncated file)",
                data.Length);
        }

        var dataEnd = dataStart + (int)dataSize;
        var crcMismatch = _options.VerifyCrc
            && BinaryPrimitives.ReadUInt16LittleEndian(data[dataEnd..]) != FitCrc.Compute(data[start..dataEnd]);
        if (crcMismatch && !_options.Salvage)
        {
            throw new FitFormatException("file CRC mismatch", dataEnd);
        }

        ParseRecords(data[..dataEnd], dataStart, builder);
        if (crcMismatch)
        {
            // Every record read, but the checksum says some byte is wrong: kept, and marked as damaged.
            throw new FitFormatException("file CRC mismatch", dataEnd);
        }

        return dataEnd + 2;
    }

    /// <summary>Reads the records in <c>data[pos..]</c>; <paramref name="data"/> ends where the
    /// file's data ends, so every bounds check is against <c>data.Length</c>.</summary>
    private void ParseRecords(ReadOnlySpan<byte> data, int pos, FitActivityBuilder builder)
    {
        foreach (var plan in _plans)
        {
            plan.Clear();
        }

        _developerFields.Clear();
        uint lastTimestamp = 0;
        var haveTimestamp = false;

        // Invariant: pos <= data.Length, and every iteration advances pos by at least 1.
        while (pos < data.Length)
        {
            var recordStart = pos;
            int header = data[pos++];
            DecodePlan plan;
            uint? timestamp = null;
            if ((header & 0x80) != 0)
            {
                // Compressed timestamp header: bits 5-6 local type, bits 0-4 seconds offset.
                plan = _plans[(header >> 5) & 0x3];
                if (!plan.IsDefined)
                {
                    throw new FitFormatException($"data message for undefined local message type {(header >> 5) & 0x3}", recordStart);
                }

                if (!haveTimestamp)
                {
                    throw new FitFormatException("compressed-timestamp record before any full timestamp", recordStart);
                }

                // The offset replaces the low 5 bits of the last timestamp, rolling over when smaller.
                lastTimestamp = unchecked(lastTimestamp + (uint)(((header & 0x1F) - (int)(lastTimestamp & 0x1F)) & 0x1F));
                timestamp = lastTimestamp;
            }
            else if ((header & 0x40) != 0)
            {
                pos = ReadDefinition(data, recordStart, header);
                continue;
            }
            else
            {
                plan = _plans[header & 0x0F];
                if (!plan.IsDefined)
                {
                    throw new FitFormatException($"data message for undefined local message type {header & 0x0F}", recordStart);
                }
            }

            if (data.Length - pos < plan.Size)
            {
                throw new FitFormatException($"data message of {plan.Size} bytes runs past the end of the data", recordStart);
            }

            var message = data.Slice(pos, plan.Size);
            pos += plan.Size;
            if (plan.TimestampOffset >= 0
                && FitBaseType.TryReadUInt32(message[plan.TimestampOffset..], plan.BigEndian, out var full))
            {
                lastTimestamp = full;
                haveTimestamp = true;
                timestamp = full;
            }

            if (plan.ActionCount == 0 && plan.RawCount == 0 && plan.Message != FitMessage.Record && plan.Message != FitMessage.Session && plan.Message != FitMessage.Lap)
            {
                continue;
            }

            var values = Decode(plan, message);
            switch (plan.Message)
            {
                case FitMessage.Record:
                    RecordCount++;
                    builder.OnRecord(values, timestamp, recordStart);
                    break;
                case FitMessage.Lap:
                    builder.OnLap(values, timestamp, recordStart);
                    break;
                case FitMessage.Session:
                    builder.OnSession(values, timestamp, recordStart);
                    break;
                case FitMessage.FileId:
                    builder.OnFileId(values);
                    break;
                case FitMessage.Sport:
                    builder.OnSport(values);
                    break;
                case FitMessage.FieldDescription:
                    OnFieldDescription(values, plan, message);
                    break;
                case FitMessage.Hr:
                    // Only a timestamp field of its own makes an hr message an anchor, not a compressed header.
                    builder.OnHr(plan, message, plan.TimestampOffset >= 0 ? timestamp : null, recordStart);
                    break;
                case FitMessage.TimestampCorrelation:
                    builder.OnTimestampCorrelation(values, timestamp);
                    break;
                case FitMessage.ActivityMessage:
                    builder.OnActivity(values, timestamp);
                    break;
                default:
                    break;
            }
        }
    }

    private Span<double> Decode(DecodePlan plan, ReadOnlySpan<byte> message)
    {
        var values = _scratch.AsSpan();
        values.Fill(double.NaN);
        var actions = plan.Actions.AsSpan(0, plan.ActionCount);
        foreach (ref readonly var a in actions)
        {
            // Invariant (from ReadDefinition): a.Offset + a.Size <= message.Length.
            var field = message.Slice(a.Offset, a.Size);
            if (a.Slot == FieldSlot.CompressedSpeed)
            {
                // byte[3]: speed in the low 12 bits (1/100 m/s), distance in the high 12 bits (1/16 m).
                if (field[0] != 0xFF || field[1] != 0xFF || field[2] != 0xFF)
                {
                    values[FieldSlot.CompressedSpeed] = (field[0] | ((field[1] & 0x0F) << 8)) / 100.0;
                    values[FieldSlot.CompressedDistanceRaw] = (field[1] >> 4) | (field[2] << 4);
                }

                continue;
            }

            if (a.OnlyIfMissing && !double.IsNaN(values[a.Slot]))
            {
                continue;
            }

            if (FitBaseType.TryRead(field, a.BaseType, plan.BigEndian, out var raw))
            {
                values[a.Slot] = (raw / a.Scale) - a.ValueOffset;
            }
        }

        return values;
    }

    private void OnFieldDescription(ReadOnlySpan<double> v, DecodePlan plan, ReadOnlySpan<byte> message)
    {
        var index = v[FieldSlot.DeveloperDataIndex];
        var number = v[FieldSlot.FieldDefinitionNumber];
        var baseType = v[FieldSlot.FitBaseTypeId];
        if (double.IsNaN(index) || double.IsNaN(number) || double.IsNaN(baseType)
            || index is < 0 or > 255 || number is < 0 or > 255 || baseType is < 0 or > 255)
        {
            return;
        }

        var scale = v[FieldSlot.Scale];
        var offset = v[FieldSlot.Offset];
        var nativeSlot = v[FieldSlot.NativeMesgNum] == FitMessage.Record && v[FieldSlot.NativeFieldNum] is >= 0 and <= 255
            ? FieldSpec.NativeRecordSlot((int)v[FieldSlot.NativeFieldNum])
            : -1;
        scale = double.IsNaN(scale) || scale == 0 ? 1 : scale;
        offset = double.IsNaN(offset) ? 0 : offset;
        if (nativeSlot >= 0)
        {
            // physical × factor = raw / (scale / factor) − offset × factor: the value in the native field's unit.
            var units = plan.TryGetRaw(FieldDescriptionUnits, out var raw) ? FitBaseType.ReadString(message.Slice(raw.Offset, raw.Size)) : string.Empty;
            if (DeveloperUnits.FactorToNative(nativeSlot, units) is { } factor)
            {
                scale /= factor;
                offset *= factor;
            }
            else
            {
                nativeSlot = -1;
            }
        }

        _developerFields[((int)index << 8) | (int)number] = new DeveloperField((int)baseType & 0x1F, scale, offset, nativeSlot);
    }

    /// <summary>Reads a definition message at <paramref name="start"/> (its record header) into the
    /// plan of its local type; returns the offset after it.</summary>
    private int ReadDefinition(ReadOnlySpan<byte> data, int start, int header)
    {
        var pos = start + 1;
        if (data.Length - pos < 5)
        {
            throw new FitFormatException("definition message runs past the end of the data", start);
        }

        // Byte 0 reserved; byte 1 architecture: 0 little-endian, otherwise big-endian (as Garmin's SDKs read it).
        var bigEndian = data[pos + 1] != 0;
        var global = ReadUInt16(data, pos + 2, bigEndian);
        int fieldCount = data[pos + 4];
        pos += 5;
        if (data.Length - pos < fieldCount * 3)
        {
            throw new FitFormatException("definition message runs past the end of the data", start);
        }

        var plan = _plans[header & 0x0F];
        plan.Begin(global, bigEndian);
        var offset = 0;
        for (var i = 0; i < fieldCount; i++, pos += 3)
        {
            int number = data[pos];
            int size = data[pos + 1];
            var baseType = data[pos + 2] & 0x1F;
            if (number == FitMessage.TimestampField && size >= 4)
            {
                plan.SetTimestampOffset(offset);
            }
            else if ((global == FitMessage.Hr && number is 0 or 1 or 6 or 9 or 10)
                || (global == FitMessage.FieldDescription && number == FieldDescriptionUnits))
            {
                plan.AddRaw((byte)number, offset, size, baseType);
            }
            else if (FieldSpec.TryGet(global, (byte)number, out var spec))
            {
                if (spec.Slot == FieldSlot.CompressedSpeed && global == FitMessage.Record)
                {
                    if (size >= 3)
                    {
                        plan.Add(offset, size, baseType, spec.Slot, 1, 0, onlyIfMissing: false);
                    }
                }
                else if (FitBaseType.SizeOf(baseType) is > 0 and var elementSize && elementSize <= size)
                {
                    plan.Add(offset, size, baseType, spec.Slot, spec.Scale, spec.Offset, onlyIfMissing: false);
                }
            }

            offset += size;
        }

        if ((header & 0x20) != 0)
        {
            if (data.Length - pos < 1)
            {
                throw new FitFormatException("definition message runs past the end of the data", start);
            }

            int developerCount = data[pos++];
            if (data.Length - pos < developerCount * 3)
            {
                throw new FitFormatException("definition message runs past the end of the data", start);
            }

            for (var i = 0; i < developerCount; i++, pos += 3)
            {
                int number = data[pos];
                int size = data[pos + 1];
                int index = data[pos + 2];

                // A developer field without a description is skipped by its declared size, never misaligning.
                if (global == FitMessage.Record
                    && _developerFields.TryGetValue((index << 8) | number, out var dev)
                    && dev.NativeRecordSlot >= 0
                    && FitBaseType.SizeOf(dev.BaseType) is > 0 and var elementSize
                    && elementSize <= size)
                {
                    plan.Add(offset, size, dev.BaseType, dev.NativeRecordSlot, dev.Scale, dev.Offset, onlyIfMissing: true);
                }

                offset += size;
            }
        }

        // Invariant: offset <= 255 * 255 * 2, the most a definition can declare.
        plan.Complete(offset);
        return pos;
    }
}

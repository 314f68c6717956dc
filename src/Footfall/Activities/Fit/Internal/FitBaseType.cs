using System.Buffers.Binary;

namespace Footfall.Activities.Fit.Internal;

/// <summary>
/// FIT base types (FIT protocol 2.0, table 4-6): the low 5 bits of a field definition's base type
/// byte. Each has a size and an invalid-value sentinel meaning "no value".
/// </summary>
internal static class FitBaseType
{
    public const byte Enum = 0x00;
    public const byte SInt8 = 0x01;
    public const byte UInt8 = 0x02;
    public const byte SInt16 = 0x03;
    public const byte UInt16 = 0x04;
    public const byte SInt32 = 0x05;
    public const byte UInt32 = 0x06;
    public const byte String = 0x07;
    public const byte Float32 = 0x08;
    public const byte Float64 = 0x09;
    public const byte UInt8z = 0x0A;
    public const byte UInt16z = 0x0B;
    public const byte UInt32z = 0x0C;
    public const byte Byte = 0x0D;
    public const byte SInt64 = 0x0E;
    public const byte UInt64 = 0x0F;
    public const byte UInt64z = 0x10;

    /// <summary>Size in bytes of one element, by base type number; 0 for unknown numbers (17..31).</summary>
    private static ReadOnlySpan<byte> Sizes => [1, 1, 1, 2, 2, 4, 4, 1, 4, 8, 1, 2, 4, 1, 8, 8, 8];

    /// <summary>Element size of <paramref name="baseType"/> (already masked with 0x1F), 0 when unknown.</summary>
    public static int SizeOf(int baseType) => (uint)baseType < (uint)Sizes.Length ? Sizes[baseType] : 0;

    /// <summary>
    /// Reads the first element of a field as a number, or returns false when it holds the base type's
    /// invalid sentinel, the type is not numeric, or the field is shorter than one element.
    /// </summary>
    /// <param name="field">The field's bytes (its full declared size).</param>
    /// <param name="baseType">Base type number, 0..31.</param>
    /// <param name="bigEndian">Byte order of the definition (architecture byte).</param>
    /// <param name="value">The raw (unscaled) value.</param>
    public static bool TryRead(ReadOnlySpan<byte> field, int baseType, bool bigEndian, out double value)
    {
        value = 0;
        switch (baseType)
        {
            case Enum:
            case UInt8:
            case Byte:
                if (field.Length < 1 || field[0] == 0xFF)
                {
                    return false;
                }

                value = field[0];
                return true;
            case UInt8z:
                if (field.Length < 1 || field[0] == 0)
                {
                    return false;
                }

                value = field[0];
                return true;
            case SInt8:
                if (field.Length < 1 || field[0] == 0x7F)
                {
                    return false;
                }

                value = unchecked((sbyte)field[0]);
                return true;
            case SInt16:
                {
                    if (field.Length < 2)
                    {
                        return false;
                    }

                    var v = bigEndian ? BinaryPrimitives.ReadInt16BigEndian(field) : BinaryPrimitives.ReadInt16LittleEndian(field);
                    value = v;
                    return v != short.MaxValue;
                }

            case UInt16:
            case UInt16z:
                {
                    if (field.Length < 2)
                    {
                        return false;
                    }

                    var v = bigEndian ? BinaryPrimitives.ReadUInt16BigEndian(field) : BinaryPrimitives.ReadUInt16LittleEndian(field);
                    value = v;
                    return baseType == UInt16 ? v != ushort.MaxValue : v != 0;
                }

            case SInt32:
                {
                    if (field.Length < 4)
                    {
                        return false;
                    }

                    var v = bigEndian ? BinaryPrimitives.ReadInt32BigEndian(field) : BinaryPrimitives.ReadInt32LittleEndian(field);
                    value = v;
                    return v != int.MaxValue;
                }

            case UInt32:
            case UInt32z:
                {
                    if (field.Length < 4)
                    {
                        return false;
                    }

                    var v = bigEndian ? BinaryPrimitives.ReadUInt32BigEndian(field) : BinaryPrimitives.ReadUInt32LittleEndian(field);
                    value = v;
                    return baseType == UInt32 ? v != uint.MaxValue : v != 0;
                }

            case Float32:
                {
                    if (field.Length < 4)
                    {
                        return false;
                    }

                    var bits = bigEndian ? BinaryPrimitives.ReadUInt32BigEndian(field) : BinaryPrimitives.ReadUInt32LittleEndian(field);
                    var f = BitConverter.UInt32BitsToSingle(bits);
                    value = f;
                    return bits != uint.MaxValue && float.IsFinite(f);
                }

            case Float64:
                {
                    if (field.Length < 8)
                    {
                        return false;
                    }

                    var bits = bigEndian ? BinaryPrimitives.ReadUInt64BigEndian(field) : BinaryPrimitives.ReadUInt64LittleEndian(field);
                    var d = BitConverter.UInt64BitsToDouble(bits);
                    value = d;
                    return bits != ulong.MaxValue && double.IsFinite(d);
                }

            case SInt64:
                {
                    if (field.Length < 8)
                    {
                        return false;
                    }

                    var v = bigEndian ? BinaryPrimitives.ReadInt64BigEndian(field) : BinaryPrimitives.ReadInt64LittleEndian(field);
                    value = v;
                    return v != long.MaxValue;
                }

            case UInt64:
            case UInt64z:
                {
                    if (field.Length < 8)
                    {
                        return false;
                    }

                    var v = bigEndian ? BinaryPrimitives.ReadUInt64BigEndian(field) : BinaryPrimitives.ReadUInt64LittleEndian(field);
                    value = v;
                    return baseType == UInt64 ? v != ulong.MaxValue : v != 0;
                }

            default:
                // Strings and unknown base types carry no number.
                return false;
        }
    }

    /// <summary>Reads a FIT <c>date_time</c> / uint32 field; false for 0xFFFFFFFF or a short field.</summary>
    public static bool TryReadUInt32(ReadOnlySpan<byte> field, bool bigEndian, out uint value)
    {
        if (field.Length < 4)
        {
            value = 0;
            return false;
        }

        value = bigEndian ? BinaryPrimitives.ReadUInt32BigEndian(field) : BinaryPrimitives.ReadUInt32LittleEndian(field);
        return value != uint.MaxValue;
    }

    /// <summary>A FIT string field: UTF-8 up to the first NUL byte.</summary>
    public static string ReadString(ReadOnlySpan<byte> field)
    {
        var end = field.IndexOf((byte)0);
        return System.Text.Encoding.UTF8.GetString(end >= 0 ? field[..end] : field);
    }
}

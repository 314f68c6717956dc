namespace Footfall.Activities.Fit.Internal;

/// <summary>
/// What to do with every data message of one local message type, computed once from its definition
/// message: the total size to skip and the few fields to read. Reused (not reallocated) when the local
/// type is redefined, so decoding allocates nothing per definition or per field.
/// </summary>
internal sealed class DecodePlan
{
    /// <summary>At most 255 native plus 255 developer fields.</summary>
    public const int MaxActions = 510;

    public FieldAction[] Actions { get; } = new FieldAction[MaxActions];

    public int ActionCount { get; private set; }

    public bool IsDefined { get; private set; }

    public ushort Message { get; private set; }

    public bool BigEndian { get; private set; }

    /// <summary>Bytes of a data message after its header. Invariant once defined: 0 &lt;= Size &lt;= 2 × 255 × 255.</summary>
    public int Size { get; private set; }

    /// <summary>Offset of the 4-byte <c>timestamp</c> (field 253), or −1.</summary>
    public int TimestampOffset { get; private set; }

    public void Begin(ushort message, bool bigEndian)
    {
        IsDefined = false;
        Message = message;
        BigEndian = bigEndian;
        ActionCount = 0;
        TimestampOffset = -1;
        Size = 0;
    }

    public void SetTimestampOffset(int offset) => TimestampOffset = offset;

    public void Add(int offset, int size, int baseType, int slot, double scale, double valueOffset, bool onlyIfMissing)
    {
        // Invariant: at most MaxActions fields exist in one definition, so this never overflows.
        ref var a = ref Actions[ActionCount++];
        a.Offset = offset;
        a.Size = size;
        a.BaseType = baseType;
        a.Slot = slot;
        a.Scale = scale;
        a.ValueOffset = valueOffset;
        a.OnlyIfMissing = onlyIfMissing;
    }

    public void Complete(int size)
    {
        Size = size;
        IsDefined = true;
    }

    public void Clear() => IsDefined = false;
}

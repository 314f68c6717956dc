namespace Footfall.Activities.Fit.Internal;

/// <summary>
/// What to do with every data message of one local message type, computed once from its definition
/// message: the total size to skip and the few fields to read. Reused (not reallocated) when the local
/// type is redefined, so decoding allocates nothing per definition or per field.
/// </summary>
internal sealed class DecodePlan
{
    private FieldAction[] _actions = new FieldAction[16];
    private RawField[] _raw = new RawField[4];

    /// <summary>The steps; the first <see cref="ActionCount"/> are valid. Grows only for definitions that
    /// repeat fields (at most 255 native plus 255 developer fields).</summary>
    public FieldAction[] Actions => _actions;

    public int ActionCount { get; private set; }

    /// <summary>Fields kept as raw bytes (arrays and strings: <c>hr</c> event times and beats,
    /// a developer field's units); the first <see cref="RawCount"/> are valid.</summary>
    public RawField[] Raw => _raw;

    public int RawCount { get; private set; }

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
        RawCount = 0;
        TimestampOffset = -1;
        Size = 0;
    }

    public void SetTimestampOffset(int offset) => TimestampOffset = offset;

    public void Add(int offset, int size, int baseType, int slot, double scale, double valueOffset, bool onlyIfMissing)
    {
        if (ActionCount == _actions.Length)
        {
            Array.Resize(ref _actions, _actions.Length * 2);
        }

        ref var a = ref _actions[ActionCount++];
        a.Offset = offset;
        a.Size = size;
        a.BaseType = baseType;
        a.Slot = slot;
        a.Scale = scale;
        a.ValueOffset = valueOffset;
        a.OnlyIfMissing = onlyIfMissing;
    }

    public void AddRaw(byte number, int offset, int size, int baseType)
    {
        if (RawCount == _raw.Length)
        {
            Array.Resize(ref _raw, _raw.Length * 2);
        }

        _raw[RawCount++] = new RawField(number, offset, size, baseType);
    }

    /// <summary>The raw field <paramref name="number"/> of this definition, if it has one.</summary>
    public bool TryGetRaw(byte number, out RawField field)
    {
        for (var i = 0; i < RawCount; i++)
        {
            if (_raw[i].Number == number)
            {
                field = _raw[i];
                return true;
            }
        }

        field = default;
        return false;
    }

    public void Complete(int size)
    {
        Size = size;
        IsDefined = true;
    }

    public void Clear() => IsDefined = false;
}

namespace Footfall.Activities.Fit.Internal;

/// <summary>One step of a <see cref="DecodePlan"/>: read <see cref="Size"/> bytes at
/// <see cref="Offset"/> of the message as <see cref="BaseType"/>, scale, and store in <see cref="Slot"/>.</summary>
internal struct FieldAction
{
    /// <summary>Offset of the field from the first byte after the record header.
    /// Invariant: Offset + Size &lt;= the plan's Size.</summary>
    public int Offset;
    public int Size;
    public int BaseType;
    public int Slot;

    /// <summary>A developer field standing in for a native field: used only when the native field is absent.</summary>
    public bool OnlyIfMissing;
    public double Scale;
    public double ValueOffset;
}

namespace Footfall.Activities.Fit.Internal;

/// <summary>Where a field kept as raw bytes sits in a data message. Invariant: Offset + Size &lt;= the plan's Size.</summary>
internal readonly record struct RawField(byte Number, int Offset, int Size, int BaseType);

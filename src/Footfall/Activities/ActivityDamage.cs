namespace Footfall.Activities;

/// <summary>Where and why decoding of a damaged file stopped; the activity holds what was decoded before it.</summary>
/// <param name="ByteOffset">Byte offset from the start of the file where the damage was found, ≥ 0.</param>
/// <param name="Reason">What was wrong, in plain words (e.g. "the file ends inside a record").</param>
public sealed record ActivityDamage(long ByteOffset, string Reason);

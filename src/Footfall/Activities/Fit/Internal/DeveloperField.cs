namespace Footfall.Activities.Fit.Internal;

/// <summary>What a <c>field_description</c> (message 206) says about one developer field, reduced to
/// what decoding needs: its base type, scale and offset, and the record slot it stands in for (−1 none).</summary>
internal readonly record struct DeveloperField(int BaseType, double Scale, double Offset, int NativeRecordSlot);

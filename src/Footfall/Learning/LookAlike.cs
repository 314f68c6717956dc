namespace Footfall.Learning;

/// <summary>A condition that hurts in much the same place, and the findings that tell the two apart.</summary>
/// <param name="ConditionId">The look-alike (conditions.yaml).</param>
/// <param name="Name">Its name.</param>
/// <param name="Overlap">Share of the guide's condition's pain-location pattern the look-alike shares, 0 to 1.</param>
/// <param name="Differences">The most telling differences, most telling first.</param>
public sealed record LookAlike(string ConditionId, string Name, double Overlap, IReadOnlyList<TellApart> Differences)
{
    /// <summary>The name without its explanation in brackets.</summary>
    public string ShortName => GuideBook.ShortName(Name);
}

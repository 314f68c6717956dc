namespace Footfall.Assessment.Knowledge;

/// <summary>How a finding is answered (spec/vocabulary.yaml).</summary>
public enum FindingKind
{
    /// <summary>Present (true) or absent (false).</summary>
    Bool,

    /// <summary>A number in the finding's unit, within its inclusive range.</summary>
    Number,
}

namespace Footfall.Recovery.CheckIns;

/// <summary>The advice for tomorrow.</summary>
public enum ProgressionDecision
{
    /// <summary>Load was tolerated: take the next step.</summary>
    Progress = 0,

    /// <summary>Stay at today's load.</summary>
    Hold = 1,

    /// <summary>Pain says the load was too much: go back a step.</summary>
    StepBack = 2,
}

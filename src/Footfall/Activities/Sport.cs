namespace Footfall.Activities;

/// <summary>
/// The sport of an activity, reduced to what matters for foot load. FIT <c>sport</c> enum values
/// (FIT profile 21.x: 1 running, 2 cycling, 5 swimming, 11 walking, 17 hiking, 18 multisport) map here;
/// GPX <c>&lt;type&gt;</c> and TCX <c>Sport</c> attributes are matched by name.
/// </summary>
public enum Sport
{
    Unknown = 0,
    Running,
    Walking,
    Hiking,
    Cycling,
    Swimming,
    Multisport,
    Other,
}

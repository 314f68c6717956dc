namespace Footfall.Assessment;

/// <summary>
/// An answer to one finding: present, absent, a number, or "not sure" (asked, but the runner does
/// not know; it changes nothing but is not asked again). A finding that is left out of a case
/// entirely is unknown.
/// </summary>
public readonly record struct FindingAnswer
{
    private FindingAnswer(bool? present, double? number)
    {
        Present = present;
        Number = number;
    }

    /// <summary>The finding is present.</summary>
    public static FindingAnswer Yes { get; } = new(true, null);

    /// <summary>The finding is absent.</summary>
    public static FindingAnswer No { get; } = new(false, null);

    /// <summary>Asked, but the runner is not sure.</summary>
    public static FindingAnswer NotSure { get; } = new(null, null);

    /// <summary>True or false for a bool answer, else null.</summary>
    public bool? Present { get; }

    /// <summary>The value of a number answer, else null.</summary>
    public double? Number { get; }

    public bool IsNotSure => Present is null && Number is null;

    /// <summary>A bool answer.</summary>
    public static FindingAnswer Of(bool present) => present ? Yes : No;

    /// <summary>A number answer.</summary>
    public static FindingAnswer Of(double value) => new(null, value);
}

namespace Footfall.Learning;

/// <summary>The follow-along running class (knowledge/learning/class.yaml), built from the exercise library.</summary>
/// <param name="Title">Heading.</param>
/// <param name="Summary">What it is and how often to do it.</param>
/// <param name="Sources">Source ids behind the choice and the doses (<c>expert</c> for an expert estimate).</param>
/// <param name="Sections">The parts, in order.</param>
/// <param name="StopIf">When to stop or leave an exercise out.</param>
public sealed record RunningClass(string Title, string Summary, IReadOnlyList<string> Sources, IReadOnlyList<ClassSection> Sections, IReadOnlyList<string> StopIf)
{
    /// <summary>Every exercise of the class, in order.</summary>
    public IEnumerable<ClassItem> Items => Sections.SelectMany(s => s.Items);

    /// <summary>The class's length in whole minutes, rounded up, at about 3 seconds a repetition.</summary>
    public int EstimatedMinutes => (Items.Sum(i => i.EstimatedSeconds()) + 59) / 60;
}

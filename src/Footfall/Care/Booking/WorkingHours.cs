namespace Footfall.Care.Booking;

/// <summary>
/// One weekly block of a practitioner's working time at a clinic, in the clinic's wall-clock time
/// (its IANA zone): every <see cref="Day"/> from <see cref="Start"/> to <see cref="End"/>. A block
/// cannot cross midnight; enter a night shift as two blocks.
/// </summary>
public sealed record WorkingHours(DayOfWeek Day, TimeOnly Start, TimeOnly End)
{
    /// <summary>
    /// What is wrong with a week of hours, one sentence per problem: a block that ends before it starts
    /// (or lasts no time), and two blocks on the same day that overlap. Empty when the week is usable.
    /// </summary>
    public static IReadOnlyList<string> FindProblems(IEnumerable<WorkingHours> week)
    {
        ArgumentNullException.ThrowIfNull(week);
        var problems = new List<string>();
        var valid = new List<WorkingHours>();
        foreach (var block in week)
        {
            if (block.End <= block.Start)
            {
                problems.Add($"{block.Day} {block.Start:HH\\:mm} to {block.End:HH\\:mm} ends before it starts; hours cannot cross midnight.");
            }
            else
            {
                valid.Add(block);
            }
        }

        foreach (var day in valid.GroupBy(b => b.Day))
        {
            var ordered = day.OrderBy(b => b.Start).ToList();
            for (var i = 1; i < ordered.Count; i++)
            {
                if (ordered[i].Start < ordered[i - 1].End)
                {
                    problems.Add($"{day.Key} {ordered[i - 1].Start:HH\\:mm} to {ordered[i - 1].End:HH\\:mm} overlaps {ordered[i].Start:HH\\:mm} to {ordered[i].End:HH\\:mm}.");
                }
            }
        }

        return problems;
    }
}

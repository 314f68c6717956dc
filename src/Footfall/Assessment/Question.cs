using Footfall.Assessment.Knowledge;

namespace Footfall.Assessment;

/// <summary>
/// The next question of an interview, with what a page needs to render it: the finding id the
/// answer is stored under, the statement to confirm or deny (or the number to give, with unit and
/// inclusive range), and the group it belongs to.
/// </summary>
/// <param name="FindingId">Store the answer under this id in the case evidence.</param>
/// <param name="Text">The question text.</param>
/// <param name="Kind">Bool (yes / no / not sure) or number.</param>
/// <param name="Unit">Unit of a number question, else null.</param>
/// <param name="Minimum">Inclusive lower bound of a number question.</param>
/// <param name="Maximum">Inclusive upper bound of a number question.</param>
/// <param name="Group">Group id (<c>warning</c>, <c>where</c>, <c>feel</c>, <c>when</c>, <c>modifiers</c>, <c>tests</c>, <c>history</c>).</param>
/// <param name="GroupTitle">Group heading, such as "Where it hurts".</param>
/// <param name="Purpose">Why it is asked.</param>
public sealed record Question(
    string FindingId,
    string Text,
    FindingKind Kind,
    string? Unit,
    double Minimum,
    double Maximum,
    string Group,
    string GroupTitle,
    QuestionPurpose Purpose);

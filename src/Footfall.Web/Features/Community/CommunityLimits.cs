namespace Footfall.Web.Features.Community;

/// <summary>
/// Limits against spam and oversharing on the Q&amp;A, counted from the database (so they hold across
/// nodes and restarts), on top of the per-account request rate limit of the pages.
/// </summary>
public static class CommunityLimits
{
    public const int TitleMin = 10;
    public const int TitleMax = 150;
    public const int BodyMin = 20;
    public const int AnswerMin = 20;
    public const int BodyMax = 4000;
    public const int NoteMax = 500;
    public const int DisplayNameMin = 2;
    public const int DisplayNameMax = 40;

    /// <summary>Links per post: spam carries many, a helpful answer one or two.</summary>
    public const int LinksMax = 2;

    /// <summary>Questions one account may post in an hour, and in a day.</summary>
    public const int QuestionsPerHour = 3;

    public const int QuestionsPerDay = 10;

    /// <summary>Answers one clinician may post in an hour.</summary>
    public const int AnswersPerHour = 20;

    /// <summary>Reports one account may make in an hour.</summary>
    public const int ReportsPerHour = 20;

    internal static int Links(string text)
    {
        var count = 0;
        foreach (var marker in new[] { "http://", "https://", "www." })
        {
            for (var i = text.IndexOf(marker, StringComparison.OrdinalIgnoreCase); i >= 0; i = text.IndexOf(marker, i + marker.Length, StringComparison.OrdinalIgnoreCase))
            {
                // "https://www." counts once.
                if (marker != "www." || i < 3 || text[i - 3] != '/')
                {
                    count++;
                }
            }
        }

        return count;
    }

    /// <summary>Checks a post's text; adds errors under <paramref name="field"/>.</summary>
    internal static string CheckText(FieldErrors errors, string field, string? text, int min, string what)
    {
        var trimmed = text?.Trim() ?? string.Empty;
        if (trimmed.Length < min)
        {
            errors.Add(field, $"Write at least {min} characters for the {what}.");
        }
        else if (trimmed.Length > BodyMax)
        {
            errors.Add(field, $"The {what} is {trimmed.Length:N0} characters; keep it to {BodyMax:N0}.");
        }
        else if (Links(trimmed) > LinksMax)
        {
            errors.Add(field, $"A post may hold at most {LinksMax} links.");
        }

        return trimmed;
    }
}

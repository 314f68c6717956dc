namespace Footfall.Data.Entities;

/// <summary>Why a post is reported: the <see cref="PostReport.Reason"/> values, each with the words the report form shows.</summary>
public static class ReportReasons
{
    public const string PersonalDetails = "personal-details";
    public const string UnsafeAdvice = "unsafe-advice";
    public const string Spam = "spam";
    public const string Abuse = "abuse";
    public const string Other = "other";

    /// <summary>Every reason, in the order the form lists them, with its label.</summary>
    public static IReadOnlyList<(string Id, string Label)> All { get; } =
    [
        (PersonalDetails, "It shares someone's personal or health details"),
        (UnsafeAdvice, "It gives unsafe advice"),
        (Spam, "It is spam or advertising"),
        (Abuse, "It is rude or abusive"),
        (Other, "Something else"),
    ];

    public static string Describe(string id) => All.FirstOrDefault(r => r.Id == id).Label ?? id;
}

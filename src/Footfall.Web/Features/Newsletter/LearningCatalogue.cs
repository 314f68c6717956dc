using Footfall.Assessment.Knowledge;

namespace Footfall.Web.Features.Newsletter;

/// <summary>
/// What an issue can announce: a condition guide per condition in the knowledge base and the running
/// class, each with a stable key (<c>guide:ID</c>, <c>class:running</c>) and the page that shows it.
/// Built from the knowledge base, so a new condition is "new" until an issue has announced it.
/// </summary>
public sealed class LearningCatalogue(KnowledgeBase knowledge)
{
    /// <summary>The pages of the condition guides: this and the condition id.</summary>
    public const string GuidePath = "/Guides/";

    /// <summary>The page of the running class.</summary>
    public const string ClassPath = "/Learn/Class";

    /// <summary>One thing to announce.</summary>
    public sealed record Item(string Key, string Title, string Path);

    public IReadOnlyList<Item> Items()
    {
        var items = knowledge.Conditions
            .OrderBy(c => c.Name, StringComparer.Ordinal)
            .Select(c => new Item("guide:" + c.Id, $"Guide: {c.Name}", GuidePath + c.Id))
            .ToList();
        items.Add(new Item("class:running", "The running class: warm-up, mobility and strength, follow-along with a timer", ClassPath));
        return items;
    }
}

using Footfall.Data;
using Footfall.Data.Entities;
using Footfall.Web.Features.Account;
using Microsoft.EntityFrameworkCore;

namespace Footfall.Web.Features.Newsletter;

/// <summary>What an editor's newsletter page shows: the confirmed audience, the issues, and what is new since the last issues.</summary>
public sealed class NewsletterDesk(FootfallDbContext db, LearningCatalogue catalogue, PublicLinks links)
{
    public sealed record Summary(int Confirmed, int Waiting, IReadOnlyList<NewsletterIssue> Issues);

    public async Task<Summary> SummaryAsync(CancellationToken cancellationToken)
    {
        var confirmed = await db.NewsletterSubscriptions.CountAsync(s => s.ConfirmedAtUtc != null, cancellationToken);
        var waiting = await db.NewsletterSubscriptions.CountAsync(s => s.ConfirmedAtUtc == null, cancellationToken);
        var issues = await db.NewsletterIssues.AsNoTracking().OrderByDescending(i => i.CreatedAtUtc).Take(50).ToListAsync(cancellationToken);
        return new Summary(confirmed, waiting, issues);
    }

    /// <summary>Catalogue items no sent issue has announced yet.</summary>
    public async Task<IReadOnlyList<LearningCatalogue.Item>> WhatIsNewAsync(CancellationToken cancellationToken)
    {
        var announced = (await db.NewsletterIssues.AsNoTracking().Where(i => i.SentAtUtc != null).Select(i => i.Announces).ToListAsync(cancellationToken))
            .SelectMany(a => a.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            .ToHashSet(StringComparer.Ordinal);
        return [.. catalogue.Items().Where(i => !announced.Contains(i.Key))];
    }

    /// <summary>A draft body listing <paramref name="items"/> with their links, for the editor to edit.</summary>
    public string DraftBody(IReadOnlyList<LearningCatalogue.Item> items)
    {
        ArgumentNullException.ThrowIfNull(items);
        var lines = items.Select(i => $"- {i.Title}: {links.To(i.Path)}");
        return "New on Footfall since our last issue:\n\n" + string.Join('\n', lines)
            + "\n\nEach guide says what the condition is, the questions that point to it, how to tell it from its look-alikes, and when to see someone.";
    }
}

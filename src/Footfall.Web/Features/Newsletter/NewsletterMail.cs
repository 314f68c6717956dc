using Footfall.Data.Entities;
using Footfall.Web.Features.Account;
using Footfall.Web.Features.Email;

namespace Footfall.Web.Features.Newsletter;

/// <summary>
/// The newsletter's emails. Every issue carries a one-click unsubscribe: a link in the text and the
/// <c>List-Unsubscribe</c> header (RFC 2369) with <c>List-Unsubscribe-Post: List-Unsubscribe=One-Click</c>
/// (RFC 8058), whose POST unsubscribes without a page or a sign-in.
/// </summary>
public sealed class NewsletterMail(PublicLinks links, NewsletterTokens tokens)
{
    public EmailMessage Confirmation(string to, string token)
    {
        var link = links.To("/Newsletter/Confirm?token=" + Uri.EscapeDataString(token));
        return new EmailMessage(to, "Confirm your Footfall newsletter subscription", $"""
            Someone, probably you, asked to get the Footfall newsletter at this address.

            To start receiving it, open this link and press "Confirm":
            {link}

            The link works once, for {Subscribe.ConfirmationValidity.TotalHours:0} hours. If you did not ask, ignore this email: nothing will be sent to you.

            Footfall gives guidance, not a diagnosis.
            """);
    }

    /// <summary>One issue to one confirmed subscription.</summary>
    public EmailMessage Issue(NewsletterIssue issue, NewsletterSubscription subscription)
    {
        ArgumentNullException.ThrowIfNull(issue);
        ArgumentNullException.ThrowIfNull(subscription);
        var unsubscribe = UnsubscribeLink(subscription.Id);
        return new EmailMessage(subscription.Email, issue.Subject, $"""
            {issue.Body}

            --
            Footfall gives guidance, not a diagnosis. If your foot pain is severe, getting worse, or comes with a hot, swollen or numb foot, see a clinician.
            You get this because you confirmed a subscription to the Footfall newsletter.
            Unsubscribe with one click: {unsubscribe}
            """)
        {
            Headers = new Dictionary<string, string>(StringComparer.Ordinal)
            {
                ["List-Unsubscribe"] = $"<{unsubscribe}>",
                ["List-Unsubscribe-Post"] = "List-Unsubscribe=One-Click",
            },
        };
    }

    public Uri UnsubscribeLink(Guid subscriptionId) =>
        links.To("/Newsletter/Unsubscribe?token=" + Uri.EscapeDataString(tokens.Unsubscribe(subscriptionId)));
}

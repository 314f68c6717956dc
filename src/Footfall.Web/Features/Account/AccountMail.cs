using Footfall.Data.Entities;
using Footfall.Web.Features.Email;
using Microsoft.AspNetCore.Identity;

namespace Footfall.Web.Features.Account;

/// <summary>Queues the account emails with their single-use links (see <see cref="PendingMail"/> for why queued).</summary>
public sealed class AccountMail(UserManager<FootfallUser> users, PendingMail queue, PublicLinks links, ILogger<AccountMail> logger)
{
    /// <param name="user">The account to confirm.</param>
    /// <param name="returnUrl">A local page to continue to after confirming and signing in, or null.</param>
    public async Task QueueConfirmationAsync(FootfallUser user, string? returnUrl = null)
    {
        ArgumentNullException.ThrowIfNull(user);
        var token = await users.GenerateEmailConfirmationTokenAsync(user);
        var link = links.WithToken("/Account/ConfirmEmail", user.Id, token);
        if (returnUrl is ['/', not '/' and not '\\', ..])
        {
            link = new Uri(link + "&returnUrl=" + Uri.EscapeDataString(returnUrl));
        }

        Queue(AccountEmails.Confirm(user.Email!, link));
    }

    public void QueueAlreadyRegistered(string email) =>
        Queue(AccountEmails.AlreadyRegistered(email, links.To("/Account/Login"), links.To("/Account/ForgotPassword")));

    public async Task QueuePasswordResetAsync(FootfallUser user)
    {
        ArgumentNullException.ThrowIfNull(user);
        var token = await users.GeneratePasswordResetTokenAsync(user);
        Queue(AccountEmails.ResetPassword(user.Email!, links.WithToken("/Account/ResetPassword", user.Id, token)));
    }

    public void QueueSecurityNotice(FootfallUser user, string whatChanged)
    {
        ArgumentNullException.ThrowIfNull(user);
        Queue(AccountEmails.SecurityNotice(user.Email!, whatChanged, links.To("/Account/Manage/Sessions")));
    }

    private void Queue(EmailMessage message)
    {
        if (!queue.Enqueue(message))
        {
            logger.LogError("The mail queue is full; an account email was dropped");
        }
    }
}

using Footfall.Web.Features.Email;

namespace Footfall.Web.Features.Account;

/// <summary>The account emails. None carries health data; links carry only a user id and a single-use token.</summary>
public static class AccountEmails
{
    private const string Signature = "\n\nFootfall gives guidance, not a diagnosis.\nIf you did not ask for this email, you can ignore it; nothing changes.";

    public static EmailMessage Confirm(string to, Uri link) => new(
        to,
        "Confirm your email for Footfall",
        $"Welcome to Footfall.\n\nTo finish creating your account, open this link within 24 hours and press \"Confirm\":\n\n{link}{Signature}");

    public static EmailMessage AlreadyRegistered(string to, Uri signIn, Uri reset) => new(
        to,
        "You already have a Footfall account",
        $"Someone (probably you) tried to create a Footfall account with this email address, but you already have one.\n\n" +
        $"Sign in: {signIn}\nForgot your password? Reset it: {reset}{Signature}");

    public static EmailMessage ResetPassword(string to, Uri link) => new(
        to,
        "Reset your Footfall password",
        $"To choose a new password, open this link within one hour:\n\n{link}\n\nThe link works once. Resetting signs you out everywhere.{Signature}");

    /// <summary>ASVS 2.2.3: tells the owner about a change to how they sign in.</summary>
    public static EmailMessage SecurityNotice(string to, string whatChanged, Uri manage) => new(
        to,
        "A change to your Footfall sign-in",
        $"{whatChanged}\n\nIf this was not you, reset your password now and sign out everywhere else: {manage}{Signature}");
}

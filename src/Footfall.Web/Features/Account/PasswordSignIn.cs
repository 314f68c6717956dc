using Footfall.Data.Entities;
using Microsoft.AspNetCore.Identity;

namespace Footfall.Web.Features.Account;

/// <summary>
/// Sign-in by email and password that does the same work and gives the same answer whether or not
/// the email has an account: an unknown email still costs one password-hash check (against a dummy
/// hash made at start-up), is counted by the throttle and audited, and gets the same message.
/// </summary>
public sealed class PasswordSignIn(
    UserManager<FootfallUser> users,
    SessionSignInManager signIn,
    SignInThrottle throttle,
    AuditTrail audit,
    DummyPasswordHash dummy,
    IHttpContextAccessor http)
{
    public const string FailedMessage = "That email and password do not match an account.";

    public async Task<PasswordSignInOutcome> SignInAsync(string email, string password, bool rememberMe, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(email);
        var address = http.HttpContext?.Connection.RemoteIpAddress?.ToString();
        var wait = await throttle.WaitForAsync(email, address, cancellationToken);
        var user = await users.FindByEmailAsync(email.Trim());
        if (wait > TimeSpan.Zero)
        {
            await audit.RecordAsync(AuditActions.SignInThrottled, user?.Id, detail: $"asked to wait {Math.Ceiling(wait.TotalSeconds)} s", cancellationToken: cancellationToken);
            return PasswordSignInOutcome.Throttled(wait);
        }

        bool correct;
        if (user is null)
        {
            _ = dummy.Verify(password);
            correct = false;
        }
        else
        {
            correct = await users.CheckPasswordAsync(user, password);
        }

        if (!correct)
        {
            await throttle.FailedAsync(email, address, cancellationToken);
            await audit.RecordAsync(AuditActions.SignInFailed, user?.Id, cancellationToken: cancellationToken);
            return PasswordSignInOutcome.Failed;
        }

        await throttle.SucceededAsync(email, cancellationToken);
        if (!user!.EmailConfirmed)
        {
            return PasswordSignInOutcome.NotConfirmed(user);
        }

        var result = await signIn.SignInAfterPasswordAsync(user, rememberMe);
        return result.RequiresTwoFactor ? PasswordSignInOutcome.SecondFactor : PasswordSignInOutcome.SignedIn;
    }
}

using System.Security.Claims;
using Footfall.Data;
using Footfall.Data.Entities;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Footfall.Web.Features.Account;

/// <summary>
/// Identity's sign-in, with a server-side <see cref="UserSession"/> behind every cookie: a sign-in
/// starts a session (and audits it), a refresh keeps it, a sign-out ends it.
/// </summary>
public sealed class SessionSignInManager(
    UserManager<FootfallUser> users,
    IHttpContextAccessor accessor,
    IUserClaimsPrincipalFactory<FootfallUser> claims,
    IOptions<IdentityOptions> options,
    ILogger<SignInManager<FootfallUser>> logger,
    IAuthenticationSchemeProvider schemes,
    IUserConfirmation<FootfallUser> confirmation,
    FootfallDbContext db,
    TimeProvider time,
    AuditTrail audit)
    : SignInManager<FootfallUser>(users, accessor, claims, options, logger, schemes, confirmation)
{
    private static readonly string[] CarriedClaims = [ClaimTypes.AuthenticationMethod, "amr", Sessions.ClaimType];

    /// <summary>Signs in a user whose password was just checked, or asks for their second factor.</summary>
    public Task<SignInResult> SignInAfterPasswordAsync(FootfallUser user, bool isPersistent) =>
        SignInOrTwoFactorAsync(user, isPersistent, loginProvider: null, bypassTwoFactor: false);

    public override async Task SignInWithClaimsAsync(FootfallUser user, AuthenticationProperties? authenticationProperties, IEnumerable<Claim> additionalClaims)
    {
        ArgumentNullException.ThrowIfNull(user);
        var all = additionalClaims.ToList();
        if (!all.Any(c => c.Type == Sessions.ClaimType))
        {
            var method = all.Any(c => c is { Type: "amr", Value: "mfa" }) ? "password and authenticator" : "password";
            var sessionId = await Sessions.StartAsync(db, user, Context, method, time.GetUtcNow().UtcDateTime);
            all.Add(new Claim(Sessions.ClaimType, sessionId));
            await audit.RecordAsync(AuditActions.SignIn, user.Id, actorId: user.Id, detail: method);
        }

        await base.SignInWithClaimsAsync(user, authenticationProperties, all);
    }

    /// <summary>Re-issues the cookie (new security stamp, new time zone) in the same session.</summary>
    public override async Task RefreshSignInAsync(FootfallUser user)
    {
        // The request's own authentication result: authenticating again would check the old stamp and fail.
        var current = Context.Features.Get<IAuthenticateResultFeature>()?.AuthenticateResult;
        var carried = Context.User.Claims.Where(c => CarriedClaims.Contains(c.Type)).Select(c => new Claim(c.Type, c.Value)).ToList();
        await SignInWithClaimsAsync(user, current?.Properties, carried);
    }

    public override async Task SignOutAsync()
    {
        var sessionId = Context.User.CurrentId();
        var userId = Context.User.FindFirstValue(ClaimTypes.NameIdentifier);
        if (sessionId is not null && userId is not null)
        {
            db.Sessions.RemoveRange(db.Sessions.Where(s => s.Id == sessionId && s.UserId == userId));
            audit.Add(AuditActions.SignOut, userId);
            await db.SaveChangesAsync();
        }

        await base.SignOutAsync();
    }
}

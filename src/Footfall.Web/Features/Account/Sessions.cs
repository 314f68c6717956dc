using System.Security.Claims;
using System.Security.Cryptography;
using Footfall.Data;
using Footfall.Data.Entities;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Footfall.Web.Features.Account;

/// <summary>
/// Server-side sessions (OWASP ASVS 4.0 V3.3): each sign-in is a <see cref="UserSession"/> row named
/// in the cookie, and every request checks the row and the account's security stamp, so sign-out,
/// a password change or reset, "sign out everywhere else" and account deletion end sessions at once.
/// </summary>
public static class Sessions
{
    /// <summary>The claim that carries the session id in the sign-in cookie.</summary>
    public const string ClaimType = "footfall:session";

    /// <summary>Last-seen times are written at most this often, so a busy page does not write on every request.</summary>
    private static readonly TimeSpan LastSeenResolution = TimeSpan.FromMinutes(1);

    /// <summary>Starts a session for <paramref name="user"/> and returns its id.</summary>
    public static async Task<string> StartAsync(FootfallDbContext db, FootfallUser user, HttpContext? http, string method, DateTime nowUtc)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(user);
        var session = new UserSession
        {
            Id = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16)),
            UserId = user.Id,
            CreatedAtUtc = nowUtc,
            LastSeenAtUtc = nowUtc,
            Device = http is null ? null : DeviceName.FromUserAgent(http.Request.Headers.UserAgent.ToString()),
            IpAddress = http?.Connection.RemoteIpAddress?.ToString(),
            Method = method,
        };
        db.Sessions.Add(session);
        await db.SaveChangesAsync();
        return session.Id;
    }

    /// <summary>Ends every session of <paramref name="userId"/> except <paramref name="keepSessionId"/>; returns how many ended.</summary>
    public static Task<int> EndAllAsync(FootfallDbContext db, string userId, string? keepSessionId = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        return db.Sessions.Where(s => s.UserId == userId && s.Id != keepSessionId).ExecuteDeleteAsync(cancellationToken);
    }

    /// <summary>The current request's session id, or null.</summary>
    public static string? CurrentId(this ClaimsPrincipal principal) => principal?.FindFirstValue(ClaimType);

    /// <summary>
    /// The cookie's <c>OnValidatePrincipal</c>: on every request, the session row must exist, belong to the
    /// cookie's user, be younger than 12 hours and have been used in the last 30 minutes, and the cookie's
    /// security stamp must equal the account's. Anything else signs the request out.
    /// </summary>
    public static async Task ValidateAsync(CookieValidatePrincipalContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var principal = context.Principal;
        var services = context.HttpContext.RequestServices;
        var db = services.GetRequiredService<FootfallDbContext>();
        var now = services.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime;
        var limits = services.GetRequiredService<SessionLimits>();
        var stampClaim = services.GetRequiredService<Microsoft.Extensions.Options.IOptions<IdentityOptions>>().Value.ClaimsIdentity.SecurityStampClaimType;
        var sessionId = principal?.FindFirstValue(ClaimType);
        var userId = principal?.FindFirstValue(ClaimTypes.NameIdentifier);
        var stamp = principal?.FindFirstValue(stampClaim);

        var found = sessionId is null || userId is null
            ? null
            : await db.Sessions.AsNoTracking()
                .Where(s => s.Id == sessionId && s.UserId == userId)
                .Select(s => new { s.CreatedAtUtc, s.LastSeenAtUtc, Stamp = db.Users.Where(u => u.Id == s.UserId).Select(u => u.SecurityStamp).FirstOrDefault() })
                .FirstOrDefaultAsync(context.HttpContext.RequestAborted);
        var valid = found is not null
            && found.Stamp is not null && string.Equals(found.Stamp, stamp, StringComparison.Ordinal)
            && now - found.LastSeenAtUtc <= limits.Idle
            && now - found.CreatedAtUtc <= limits.Absolute;
        if (!valid)
        {
            if (found is not null)
            {
                await db.Sessions.Where(s => s.Id == sessionId).ExecuteDeleteAsync(context.HttpContext.RequestAborted);
            }

            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(IdentityConstants.ApplicationScheme);
            return;
        }

        if (now - found!.LastSeenAtUtc >= LastSeenResolution)
        {
            await db.Sessions.Where(s => s.Id == sessionId)
                .ExecuteUpdateAsync(u => u.SetProperty(s => s.LastSeenAtUtc, now), context.HttpContext.RequestAborted);
        }
    }
}

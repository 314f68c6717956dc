using System.Net;
using System.Security.Claims;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;

namespace Footfall.Web.Infrastructure;

/// <summary>
/// Request rate limits: the account pages per signed-in account (so people behind one NAT do not share
/// a bucket) or per client address when anonymous (<c>RateLimiting:AccountPermitsPerMinute</c>, default
/// 10 posts a minute); the anonymous assessment API per client address
/// (<c>RateLimiting:AssessmentPermitsPerMinute</c>, default 60). Sign-in failures have their own growing
/// delays (SignInThrottle). An API refusal is a 429 problem with Retry-After.
/// </summary>
public static class RateLimits
{
    public const string AccountPolicy = "account";
    public const string AssessmentPolicy = "assessment";

    public static IServiceCollection AddFootfallRateLimits(this IServiceCollection services, IConfiguration configuration)
    {
        var accountPermits = configuration.GetValue("RateLimiting:AccountPermitsPerMinute", 10);
        var assessmentPermits = configuration.GetValue("RateLimiting:AssessmentPermitsPerMinute", 60);
        services.AddRateLimiter(options =>
        {
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.OnRejected = async (context, token) =>
            {
                var http = context.HttpContext;
                http.Response.Headers.RetryAfter = "60";
                if (ApiErrors.IsApi(http))
                {
                    await ApiErrors.WriteAsync(http, StatusCodes.Status429TooManyRequests,
                        "Too many requests from your connection. Please wait a minute and try again.");
                    return;
                }

                http.Response.ContentType = "text/plain; charset=utf-8";
                await http.Response.WriteAsync("Too many attempts from your connection. Please wait a minute and try again.", token);
            };
            options.AddPolicy(AccountPolicy, http =>
            {
                if (!HttpMethods.IsPost(http.Request.Method))
                {
                    return RateLimitPartition.GetNoLimiter("read");
                }

                var key = http.User.FindFirstValue(ClaimTypes.NameIdentifier) is { } user
                    ? "user:" + user
                    : "address:" + (http.Connection.RemoteIpAddress?.ToString() ?? "unknown");
                return RateLimitPartition.GetFixedWindowLimiter(key, _ => PerMinute(accountPermits));
            });
            // Keyed by the address itself: this runs on every assessment call, and a string key would be
            // built for each one.
            options.AddPolicy(AssessmentPolicy, http => RateLimitPartition.GetFixedWindowLimiter(
                http.Connection.RemoteIpAddress ?? IPAddress.None, _ => PerMinute(assessmentPermits)));
        });
        return services;
    }

    private static FixedWindowRateLimiterOptions PerMinute(int permits) =>
        new() { PermitLimit = permits, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 };
}

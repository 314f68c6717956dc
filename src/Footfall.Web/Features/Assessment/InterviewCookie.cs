namespace Footfall.Web.Features.Assessment;

/// <summary>
/// Keeps the sealed interview in an HttpOnly, same-site cookie scoped to /Assess, so that every step
/// is a post followed by a redirect to a page that can be reloaded, and no health data is in a URL.
/// The interview lives for <see cref="Lifetime"/> from its start.
/// </summary>
public sealed class InterviewCookie(InterviewStateProtector protector, TimeProvider clock)
{
    public const string Name = "footfall-interview";

    /// <summary>How long an interview and its result page live.</summary>
    public static TimeSpan Lifetime { get; } = TimeSpan.FromHours(2);

    /// <summary>The interview of this browser, or null when there is none, it expired or cannot be read.</summary>
    public InterviewState? Read(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var state = protector.Unprotect(request.Cookies[Name]);
        return state is null || clock.GetUtcNow() - state.StartedAt > Lifetime ? null : state;
    }

    public void Write(HttpResponse response, InterviewState state)
    {
        ArgumentNullException.ThrowIfNull(response);
        ArgumentNullException.ThrowIfNull(state);
        response.Cookies.Append(Name, protector.Protect(state), Options(response.HttpContext.Request, state.StartedAt + Lifetime));
    }

    public void Delete(HttpResponse response)
    {
        ArgumentNullException.ThrowIfNull(response);
        response.Cookies.Delete(Name, Options(response.HttpContext.Request, null));
    }

    private static CookieOptions Options(HttpRequest request, DateTimeOffset? expires) => new()
    {
        HttpOnly = true,
        Secure = request.IsHttps,
        SameSite = SameSiteMode.Lax,
        Path = "/Assess",
        Expires = expires,
        IsEssential = true,
    };
}

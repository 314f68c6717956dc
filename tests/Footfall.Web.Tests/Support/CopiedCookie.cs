using System.Net;

namespace Footfall.Web.Tests.Support;

/// <summary>
/// What an attacker holds after copying a runner's sign-in cookie: a client of its own that sends just
/// that cookie, so a test can tell whether the server still honours it.
/// </summary>
public sealed class CopiedCookie(HttpClient client, string cookie)
{
    private string _cookie = cookie;

    /// <summary>Signs in with <paramref name="email"/> in <paramref name="session"/> and copies the cookie that sign-in set.</summary>
    public static async Task<CopiedCookie> SignInAndCopyAsync(FootfallWebFactory factory, WebSession session, string email, string password = WebSession.GoodPassword)
    {
        ArgumentNullException.ThrowIfNull(factory);
        ArgumentNullException.ThrowIfNull(session);
        using var response = await session.SignInAsync(email, password);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var cookie = response.Headers.GetValues("Set-Cookie").Select(c => c.Split(';')[0])
            .Single(c => c.StartsWith("footfall=", StringComparison.Ordinal));
        return new CopiedCookie(factory.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = false }), cookie);
    }

    public async Task<HttpStatusCode> GetStatusAsync(string path)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(path, UriKind.Relative));
        request.Headers.Add("Cookie", _cookie);
        using var response = await client.SendAsync(request);

        // Keeps a renewed (sliding) cookie, as a browser or a determined attacker would.
        if (response.Headers.TryGetValues("Set-Cookie", out var set)
            && set.Select(c => c.Split(';')[0]).FirstOrDefault(c => c.StartsWith("footfall=", StringComparison.Ordinal) && c.Length > "footfall=".Length) is { } renewed)
        {
            _cookie = renewed;
        }

        return response.StatusCode;
    }
}

namespace Footfall.Web.Features.Account;

/// <summary>
/// Absolute links for emails. <c>App:PublicUrl</c> (e.g. <c>https://footfall.example.org</c>) names the
/// site; without it the request's own scheme and host are used, which is right for the two-command start
/// but should be pinned in production, together with <c>AllowedHosts</c>, so that a forged Host header
/// cannot make a password-reset email point elsewhere.
/// </summary>
public sealed class PublicLinks(IConfiguration configuration, IHttpContextAccessor http)
{
    public Uri To(string pathAndQuery)
    {
        var configured = configuration["App:PublicUrl"];
        var request = http.HttpContext?.Request;
        var root = configured is { Length: > 0 }
            ? configured.TrimEnd('/')
            : request is null ? "http://localhost:5180" : $"{request.Scheme}://{request.Host}{request.PathBase}";
        return new Uri(root + pathAndQuery, UriKind.Absolute);
    }

    /// <summary>A link with a user id and a token, each escaped.</summary>
    public Uri WithToken(string path, string userId, string token) =>
        To($"{path}?userId={Uri.EscapeDataString(userId)}&code={Uri.EscapeDataString(token)}");
}

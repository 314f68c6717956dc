using Microsoft.Net.Http.Headers;

namespace Footfall.Web.Features.Assessment;

/// <summary>The runner's country for the emergency number, from the browser's preferred language
/// (<c>en-US</c> is the US); null when the browser names none.</summary>
public static class EmergencyRegion
{
    public static string? Of(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        foreach (var language in request.GetTypedHeaders().AcceptLanguage.OrderByDescending(l => l.Quality ?? 1))
        {
            var tag = language.Value.Value ?? string.Empty;
            var dash = tag.LastIndexOf('-');
            if (dash > 0 && tag.Length - dash == 3)
            {
                return tag[(dash + 1)..].ToUpperInvariant();
            }
        }

        return null;
    }
}

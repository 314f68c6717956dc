namespace Footfall.Web.Features.Account;

/// <summary>"Firefox on Linux" from a User-Agent header, for the sessions page; never the whole header.</summary>
public static class DeviceName
{
    private static readonly (string Token, string Name)[] Browsers =
    [
        ("Edg/", "Edge"), ("OPR/", "Opera"), ("Firefox/", "Firefox"), ("Chromium/", "Chromium"),
        ("HeadlessChrome/", "Chrome (headless)"), ("Chrome/", "Chrome"), ("Safari/", "Safari"), ("curl/", "curl"),
    ];

    private static readonly (string Token, string Name)[] Systems =
    [
        ("Android", "Android"), ("iPhone", "iPhone"), ("iPad", "iPad"), ("Windows", "Windows"),
        ("Mac OS X", "macOS"), ("CrOS", "ChromeOS"), ("Linux", "Linux"),
    ];

    public static string FromUserAgent(string? userAgent)
    {
        if (string.IsNullOrWhiteSpace(userAgent))
        {
            return "Unknown device";
        }

        var browser = Browsers.FirstOrDefault(b => userAgent.Contains(b.Token, StringComparison.Ordinal)).Name ?? "Unknown browser";
        var system = Systems.FirstOrDefault(s => userAgent.Contains(s.Token, StringComparison.Ordinal)).Name;
        return system is null ? browser : $"{browser} on {system}";
    }
}

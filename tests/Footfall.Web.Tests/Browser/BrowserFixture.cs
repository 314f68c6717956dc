using Footfall.Web.Tests.Support;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Footfall.Web.Tests.Browser;

/// <summary>
/// The web app on Kestrel at a loopback port, and Debian's Chromium driven by Playwright (no browser
/// download: the executable path is set). Missing Chromium fails the tests; it never skips them.
/// </summary>
public class BrowserFixture : IAsyncLifetime
{
    private IPlaywright? _playwright;

    public BrowserFixture()
        : this(new FootfallWebFactory())
    {
    }

    protected BrowserFixture(FootfallWebFactory factory)
    {
        Factory = factory;
    }

    public FootfallWebFactory Factory { get; }

    public IBrowser Browser { get; private set; } = null!;

    public Uri BaseUrl { get; private set; } = null!;

    public static string ChromiumPath =>
        Environment.GetEnvironmentVariable("FOOTFALL_TEST_CHROMIUM") is { Length: > 0 } path ? path : "/usr/bin/chromium";

    public virtual async Task InitializeAsync()
    {
        if (!File.Exists(ChromiumPath))
        {
            throw new InvalidOperationException(
                $"Chromium was not found at {ChromiumPath}. Run ./test.sh (it installs Debian's chromium) or set FOOTFALL_TEST_CHROMIUM.");
        }

        Factory.UseKestrel(0);
        Factory.StartServer();
        var addresses = Factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!;
        BaseUrl = new Uri(addresses.Addresses.First().Replace("[::]", "127.0.0.1", StringComparison.Ordinal).Replace("localhost", "127.0.0.1", StringComparison.Ordinal));

        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ["--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        });
    }

    /// <summary>
    /// A fresh browser context (its own cookies) at the given viewport, with the app's real
    /// Content-Security-Policy in force: axe-core arrives as an init script (which CSP does not govern),
    /// and every CSP violation the page reports is collected for <see cref="Accessibility"/> to fail on.
    /// </summary>
    public async Task<IPage> NewPageAsync(int width = 1280, int height = 900)
    {
        var context = await Browser.NewContextAsync(new()
        {
            BaseURL = BaseUrl.ToString(),
            ViewportSize = new() { Width = width, Height = height },
        });
        await context.AddInitScriptAsync(Accessibility.AxeScript);
        var page = await context.NewPageAsync();
        Accessibility.WatchConsole(page);
        return page;
    }

    public virtual async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }

        _playwright?.Dispose();
        await Factory.DisposeAsync();
    }
}

[CollectionDefinition(Name)]
public sealed class BrowserGroup : ICollectionFixture<BrowserFixture>
{
    public const string Name = "browser";
}

using Footfall.Web.Tests.Support;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Footfall.Web.Tests.Browser;

/// <summary>
/// Like <see cref="BrowserFixture"/>, but the app runs on a hand-driven clock so a journey can span days.
/// Its own app instance: moving this clock never disturbs the shared browser tests.
/// </summary>
public sealed class RecoveryBrowserFixture : IAsyncLifetime
{
    private IPlaywright? _playwright;

    public FakeClockWebFactory Factory { get; } = new();

    public IBrowser Browser { get; private set; } = null!;

    public Uri BaseUrl { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        if (!File.Exists(BrowserFixture.ChromiumPath))
        {
            throw new InvalidOperationException(
                $"Chromium was not found at {BrowserFixture.ChromiumPath}. Run ./test.sh (it installs Debian's chromium) or set FOOTFALL_TEST_CHROMIUM.");
        }

        Factory.UseKestrel(0);
        Factory.StartServer();
        var addresses = Factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!;
        BaseUrl = new Uri(addresses.Addresses.First().Replace("[::]", "127.0.0.1", StringComparison.Ordinal).Replace("localhost", "127.0.0.1", StringComparison.Ordinal));
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = BrowserFixture.ChromiumPath,
            Headless = true,
            Args = ["--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        });
    }

    public async Task<IPage> NewPageAsync(int width = 1280, int height = 900)
    {
        var context = await Browser.NewContextAsync(new()
        {
            BaseURL = BaseUrl.ToString(),
            ViewportSize = new() { Width = width, Height = height },
            // axe-core is injected as an inline script, which the app's CSP rightly forbids.
            BypassCSP = true,
        });
        return await context.NewPageAsync();
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }

        _playwright?.Dispose();
        await Factory.DisposeAsync();
    }
}

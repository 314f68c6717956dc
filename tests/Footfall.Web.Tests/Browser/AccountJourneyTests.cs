using Microsoft.Playwright;

namespace Footfall.Web.Tests.Browser;

[Collection(BrowserGroup.Name)]
public sealed class AccountJourneyTests(BrowserFixture browser)
{
    private const string Password = "a long and memorable passphrase";

    [Fact]
    public async Task RegisterDashboardSignOutSignIn_ByKeyboardOnly()
    {
        var page = await browser.NewPageAsync();
        var email = $"journey-{Guid.NewGuid():N}@example.com";

        await page.GotoAsync("/");
        await Accessibility.AssertAccessibleAsync(page);
        await Keyboard.TabToAsync(page, "Create account");
        await Keyboard.PressAndWaitForPageAsync(page, "Enter", "/Account/Register");
        await Accessibility.AssertAccessibleAsync(page);

        await Keyboard.TabToAndTypeAsync(page, "Email", email);
        await Keyboard.TabToAndTypeAsync(page, "Password", Password);
        await Keyboard.TabToAndTypeAsync(page, "Confirm password", Password);
        await Keyboard.TabToAsync(page, "I understand");
        await page.Keyboard.PressAsync("Space");
        await Keyboard.TabToAsync(page, "Create account");
        await Keyboard.PressAndWaitForPageAsync(page, "Enter", "/Account/CheckEmail");
        Assert.Equal("Check your email", await page.InnerTextAsync("h1"));
        await Accessibility.AssertAccessibleAsync(page);
        await BrowserSignUp.ConfirmAndSignInAsync(page, browser.Factory, email, Password);
        Assert.Equal("Your dashboard", await page.InnerTextAsync("h1"));
        await Accessibility.AssertAccessibleAsync(page);

        await Keyboard.TabToAsync(page, "Sign out");
        await Keyboard.PressAndWaitForPageAsync(page, "Enter", "/Account/Logout");
        Assert.Equal("You are signed out", await page.InnerTextAsync("h1"));
        await Accessibility.AssertAccessibleAsync(page);

        await page.GotoAsync("/Dashboard");
        await page.WaitForURLAsync("**/Account/Login**");
        await Accessibility.AssertAccessibleAsync(page);
        await Keyboard.TabToAndTypeAsync(page, "Email", email);
        await Keyboard.TabToAndTypeAsync(page, "Password", Password);
        await Keyboard.PressAndWaitForPageAsync(page, "Enter", "/Dashboard");
        Assert.Equal("Your dashboard", await page.InnerTextAsync("h1"));
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task RegisterWithShortPassword_ShowsTheErrorAccessibly()
    {
        var page = await browser.NewPageAsync();
        await page.GotoAsync("/Account/Register");

        await page.FillAsync("#Input_Email", $"short-{Guid.NewGuid():N}@example.com");
        await page.FillAsync("#Input_Password", "short");
        await page.FillAsync("#Input_ConfirmPassword", "short");
        await page.CheckAsync("#Input_AcceptTerms");
        await page.ClickAsync("button[type=submit] >> text=Create account");

        Assert.Contains("at least 12 characters", await page.InnerTextAsync("[role=alert]"));
        await Accessibility.AssertAccessibleAsync(page);
        await page.Context.CloseAsync();
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/Account/Register")]
    [InlineData("/Account/Login")]
    [InlineData("/Account/ForgotPassword")]
    [InlineData("/Account/CheckEmail")]
    [InlineData("/no-such-page")]
    public async Task Pages_FitAPhoneAndTwoHundredPercentZoom(string path)
    {
        // 360 CSS pixels is a small phone; 640 CSS pixels is a 1280-pixel window at 200% zoom.
        foreach (var width in new[] { 360, 640 })
        {
            var page = await browser.NewPageAsync(width, 800);
            await page.GotoAsync(path);
            await Accessibility.AssertNoHorizontalScrollAsync(page);
            await Accessibility.AssertAccessibleAsync(page);
            await ScreenshotAsync(page, $"{path.Trim('/').Replace('/', '-')}-{width}");
            await page.Context.CloseAsync();
        }
    }

    [Fact]
    public async Task SignedInAccountPages_AreAccessibleAndFitAPhone()
    {
        var page = await browser.NewPageAsync(360, 800);
        await BrowserSignUp.RegisterAsync(page, browser.Factory, $"pages-{Guid.NewGuid():N}@example.com", Password);

        foreach (var path in new[] { "/Dashboard", "/Account/Manage", "/Account/Manage/Delete", "/Assess/Mine", "/Account/Manage/TwoFactor", "/Account/Manage/Sessions", "/Account/Manage/Activity" })
        {
            await page.GotoAsync(path);
            await Accessibility.AssertAccessibleAsync(page);
            await Accessibility.AssertNoHorizontalScrollAsync(page);
            await ScreenshotAsync(page, path.Trim('/').Replace('/', '-') + "-360");
        }

        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task TextAtTwoHundredPercent_StillFitsTheDesktopLayout()
    {
        var page = await browser.NewPageAsync(1280, 900);
        await page.GotoAsync("/");
        await page.EvaluateAsync("() => { document.documentElement.style.fontSize = '200%'; }");
        await Accessibility.AssertNoHorizontalScrollAsync(page);
        await page.Context.CloseAsync();
    }

    private static async Task ScreenshotAsync(IPage page, string name)
    {
        var folder = Path.Combine(Support.RepoPaths.Root, "tests", "Footfall.Web.Tests", "screenshots");
        Directory.CreateDirectory(folder);
        await page.ScreenshotAsync(new() { Path = Path.Combine(folder, $"{(name.StartsWith('-') ? "home" + name : name)}.png"), FullPage = true });
    }
}

[Collection(BrowserGroup.Name)]
public sealed class AccessibilityCheckTests(BrowserFixture browser)
{
    [Fact]
    public async Task AxeCheck_FailsOnAPageWithRealViolations()
    {
        var page = await browser.NewPageAsync();
        await page.SetContentAsync("""
            <html><head><title>broken</title></head><body><main>
            <img src="x.png"><input type="text"><p style="color:#bbb;background:#fff">low contrast</p>
            </main></body></html>
            """);

        var failure = await Assert.ThrowsAsync<Xunit.Sdk.TrueException>(() => Accessibility.AssertAccessibleAsync(page));

        Assert.Contains("image-alt", failure.Message);
        Assert.Contains("label", failure.Message);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task CspCheck_FailsWhenAPageRunsAnInlineScript()
    {
        var page = await browser.NewPageAsync();
        await page.GotoAsync("/");
        Accessibility.AssertNoCspViolations(page);

        await page.EvaluateAsync("() => { const s = document.createElement('script'); s.textContent = 'window.injected = 1'; document.body.appendChild(s); }");
        Xunit.Sdk.TrueException? failure = null;
        for (var i = 0; i < 100 && failure is null; i++)
        {
            // The browser reports the violation on its console a moment after the script is refused.
            failure = Record.Exception(() => Accessibility.AssertNoCspViolations(page)) as Xunit.Sdk.TrueException;
            await Task.Delay(50);
        }

        Assert.NotNull(failure);
        Assert.Contains("Content Security Policy", failure.Message);
        Assert.Null(await page.EvaluateAsync<int?>("() => window.injected"));
        await page.Context.CloseAsync();
    }
}

using Footfall.Web.Tests.Support;
using Microsoft.Playwright;
using OtpNet;

namespace Footfall.Web.Tests.Browser;

/// <summary>
/// Issue 12's journey in Chromium, with mail through a real SMTP server: register, confirm by the
/// emailed link, enrol TOTP, sign out, sign in with a code, reset the password by email, the sessions
/// page and the security activity list; screenshots at 1280 and 360 px of every page on the way.
/// </summary>
public sealed class AccountSecurityJourneyTests(SmtpBrowserFixture browser) : IClassFixture<SmtpBrowserFixture>
{
    private const string Password = "a long and memorable passphrase";
    private const string NewPassword = "another long and memorable passphrase";

    [Fact]
    public async Task RegisterConfirmEnrolTotpSignInWithCodeResetPasswordSessionsAndActivity()
    {
        var email = $"secure-{Guid.NewGuid():N}@example.com";
        var page = await browser.NewPageAsync();

        await page.GotoAsync("/Account/Register");
        await page.FillAsync("#Input_Email", email);
        await page.FillAsync("#Input_Password", Password);
        await page.FillAsync("#Input_ConfirmPassword", Password);
        await page.CheckAsync("#Input_AcceptTerms");
        await page.ClickAsync("button[type=submit] >> text=Create account");
        await page.WaitForURLAsync("**/Account/CheckEmail**");
        await ShotsAsync(page, "account-check-email");

        var confirm = await browser.Mail.WaitForAsync(email, m => (m.Subject ?? "").Contains("Confirm", StringComparison.Ordinal));
        await page.GotoAsync(OutboxMail.Link(confirm, "/Account/ConfirmEmail"));
        await ShotsAsync(page, "account-confirm-email");
        await page.ClickAsync("button[type=submit] >> text=Confirm");
        Assert.Contains("is confirmed", await page.InnerTextAsync("[role=status]"), StringComparison.Ordinal);
        await page.ClickAsync("a.button >> text=Sign in");
        await SignInWithPasswordAsync(page, email, Password);
        await page.WaitForURLAsync("**/Dashboard");

        // Enrol: the app shows a QR code and the key; the "authenticator" is Otp.NET with that key.
        await page.GotoAsync("/Account/Manage/TwoFactor");
        Assert.True(await page.Locator("img.qr-code").EvaluateAsync<bool>("img => img.complete && img.naturalWidth > 100"));
        await ShotsAsync(page, "account-2fa-enrol");
        var key = (await page.InnerTextAsync("[data-testid=shared-key]")).Replace(" ", "", StringComparison.Ordinal).ToUpperInvariant();
        var totp = new Totp(Base32Encoding.ToBytes(key));

        // The previous step's code (still accepted, one step of drift) so that sign-in can use the current one.
        await page.FillAsync("#Code", totp.ComputeTotp(DateTime.UtcNow.AddSeconds(-30)));
        await page.ClickAsync("button[type=submit] >> text=Turn on two-factor sign-in");
        Assert.Equal(10, await page.Locator(".recovery-codes li").CountAsync());
        await ShotsAsync(page, "account-2fa-recovery-codes");

        await page.ClickAsync("nav button >> text=Sign out");
        await page.WaitForURLAsync("**/Account/Logout");
        await page.GotoAsync("/Account/Login");
        await SignInWithPasswordAsync(page, email, Password);
        await page.WaitForURLAsync("**/Account/LoginWith2fa**");
        await ShotsAsync(page, "account-2fa-sign-in");
        await page.FillAsync("#Code", totp.ComputeTotp(DateTime.UtcNow));
        await page.ClickAsync("button[type=submit] >> text=Sign in");
        await page.WaitForURLAsync("**/Dashboard");

        // A second browser signs in too, then the password is reset by email from a third.
        var other = await browser.NewPageAsync();
        await other.GotoAsync("/Account/ForgotPassword");
        await ShotsAsync(other, "account-forgot-password");
        await other.FillAsync("#Email", email);
        await other.ClickAsync("button[type=submit] >> text=Send the link");
        await other.WaitForURLAsync("**/Account/CheckEmail**");
        var reset = await browser.Mail.WaitForAsync(email, m => (m.Subject ?? "").Contains("Reset", StringComparison.Ordinal));
        await other.GotoAsync(OutboxMail.Link(reset, "/Account/ResetPassword"));
        await ShotsAsync(other, "account-reset-password");
        await other.FillAsync("#Input_Password", NewPassword);
        await other.FillAsync("#Input_ConfirmPassword", NewPassword);
        await other.ClickAsync("button[type=submit] >> text=Set my new password");
        await other.WaitForURLAsync("**/Account/Login");
        Assert.Contains("signed out everywhere", await other.InnerTextAsync("[role=status]"), StringComparison.Ordinal);

        // The reset ended the first browser's session.
        await page.GotoAsync("/Account/Manage/Sessions");
        await page.WaitForURLAsync("**/Account/Login**");

        await SignInWithPasswordAsync(other, email, NewPassword);
        await other.WaitForURLAsync("**/Account/LoginWith2fa**");
        await other.FillAsync("#Code", totp.ComputeTotp(DateTime.UtcNow.AddSeconds(30)));
        await other.ClickAsync("button[type=submit] >> text=Sign in");
        await other.WaitForURLAsync("**/Dashboard");
        await other.GotoAsync("/Account/Manage/Sessions");
        Assert.Equal(1, await other.Locator(".session").CountAsync());
        Assert.Contains("This browser", await other.InnerTextAsync(".session-current"), StringComparison.Ordinal);
        await ShotsAsync(other, "account-sessions");

        await other.GotoAsync("/Account/Manage/Activity");
        var activity = await other.InnerTextAsync("tbody");
        foreach (var expected in new[] { "Account created", "Email address confirmed", "Two-factor sign-in turned on", "Password reset by email link", "Signed in", "Signed out" })
        {
            Assert.Contains(expected, activity, StringComparison.Ordinal);
        }

        await ShotsAsync(other, "account-activity");
        Assert.Contains(browser.Mail.To(email), m => (m.Subject ?? "").Contains("A change to your Footfall sign-in", StringComparison.Ordinal));
        await page.Context.CloseAsync();
        await other.Context.CloseAsync();
    }

    private static async Task SignInWithPasswordAsync(IPage page, string email, string password)
    {
        await page.FillAsync("#Input_Email", email);
        await page.FillAsync("#Input_Password", password);
        await page.ClickAsync("form.form button[type=submit]");
    }

    /// <summary>Checks the page (axe, CSP) and saves it at 1280 and 360 px wide.</summary>
    private static async Task ShotsAsync(IPage page, string name)
    {
        await Accessibility.AssertAccessibleAsync(page);
        var folder = Path.Combine(RepoPaths.Root, "tests", "Footfall.Web.Tests", "screenshots");
        Directory.CreateDirectory(folder);
        foreach (var width in new[] { 1280, 360 })
        {
            await page.SetViewportSizeAsync(width, 900);
            if (width == 360)
            {
                await Accessibility.AssertNoHorizontalScrollAsync(page);
            }

            await page.ScreenshotAsync(new() { Path = Path.Combine(folder, $"{name}-{width}.png"), FullPage = true });
        }

        await page.SetViewportSizeAsync(1280, 900);
    }
}

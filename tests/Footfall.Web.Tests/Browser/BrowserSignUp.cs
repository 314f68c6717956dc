using Footfall.Web.Tests.Support;
using Microsoft.Playwright;

namespace Footfall.Web.Tests.Browser;

/// <summary>Creating an account in the browser as a runner does: the form, the emailed link, "Confirm", then sign-in.</summary>
public static class BrowserSignUp
{
    public static async Task RegisterAsync(IPage page, FootfallWebFactory factory, string email, string password)
    {
        ArgumentNullException.ThrowIfNull(page);
        await page.GotoAsync("/Account/Register");
        await page.FillAsync("#Input_Email", email);
        await page.FillAsync("#Input_Password", password);
        await page.FillAsync("#Input_ConfirmPassword", password);
        await page.CheckAsync("#Input_AcceptTerms");
        await page.ClickAsync("button[type=submit] >> text=Create account");
        await page.WaitForURLAsync("**/Account/CheckEmail**");
        await ConfirmAndSignInAsync(page, factory, email, password);
    }

    /// <summary>Opens the confirmation link from the outbox, confirms, and signs in.</summary>
    public static async Task ConfirmAndSignInAsync(IPage page, FootfallWebFactory factory, string email, string password)
    {
        ArgumentNullException.ThrowIfNull(page);
        var mail = SmtpWebFixture.SmtpOf.TryGetValue(factory, out var smtp)
            ? await smtp.WaitForAsync(email, m => (m.Subject ?? string.Empty).Contains("Confirm your email", StringComparison.OrdinalIgnoreCase))
            : await OutboxMail.WaitForAsync(factory, email, "Confirm your email");
        await page.GotoAsync(OutboxMail.Link(mail, "/Account/ConfirmEmail"));
        await page.ClickAsync("button[type=submit] >> text=Confirm");
        await page.ClickAsync("a.button >> text=Sign in");
        await page.FillAsync("#Input_Email", email);
        await page.FillAsync("#Input_Password", password);
        await page.ClickAsync("form.form button[type=submit]");
        try
        {
            await page.WaitForURLAsync("**/Dashboard");
        }
        catch (TimeoutException ex)
        {
            // Say where the sign-in ended up and what that page said, not only that it timed out.
            var text = await page.InnerTextAsync("main");
            throw new TimeoutException($"Signing in as {email} did not reach /Dashboard; the browser is at {page.Url}, which says: {text[..Math.Min(text.Length, 600)]}", ex);
        }
    }
}

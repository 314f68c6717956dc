using System.Net;
using Footfall.Web.Tests.Support;
using OtpNet;

namespace Footfall.Web.Tests.Features.Account;

public sealed class TwoFactorTests(SessionClockWebFactory factory) : IClassFixture<SessionClockWebFactory>
{
    [Fact]
    public async Task Enrol_ThenSignIn_AsksForTheCode_RefusesReplayAndAcceptsARecoveryCodeOnce()
    {
        var email = $"totp-{Guid.NewGuid():N}@example.com";
        var session = await WebSession.SignedUpAsync(factory, email);
        var enrol = await session.GetPageAsync("/Account/Manage/TwoFactor");
        Assert.StartsWith("data:image/png;base64,", enrol.QuerySelector("img.qr-code")!.GetAttribute("src"), StringComparison.Ordinal);
        var key = enrol.QuerySelector("[data-testid=shared-key]")!.TextContent.Replace(" ", "", StringComparison.Ordinal).ToUpperInvariant();
        var totp = new Totp(Base32Encoding.ToBytes(key));

        using var wrong = await session.SubmitFormAsync("/Account/Manage/TwoFactor", new Dictionary<string, string> { ["Code"] = "000000" });
        Assert.Contains("not right", (await WebSession.ParseAsync(wrong)).QuerySelector("[role=alert]")!.TextContent);
        using var enabled = await session.SubmitFormAsync("/Account/Manage/TwoFactor", new Dictionary<string, string> { ["Code"] = Code(totp) });
        var codes = (await WebSession.ParseAsync(enabled)).QuerySelectorAll(".recovery-codes code").Select(c => c.TextContent).ToList();
        Assert.Equal(10, codes.Count);
        await OutboxMail.WaitForAsync(factory, email, "A change to your Footfall sign-in");

        // Signing in now takes a second step; the code just used for enrolment does not work twice.
        var phone = WebSession.Create(factory);
        using var password = await phone.SignInAsync(email);
        Assert.StartsWith("/Account/LoginWith2fa", password.Headers.Location!.OriginalString, StringComparison.Ordinal);
        using var replay = await phone.SubmitFormAsync(password.Headers.Location!.OriginalString, new Dictionary<string, string> { ["Code"] = Code(totp) });
        Assert.Equal(HttpStatusCode.OK, replay.StatusCode);
        factory.Clock.Advance(TimeSpan.FromSeconds(31));
        using var signedIn = await phone.SubmitFormAsync(password.Headers.Location!.OriginalString, new Dictionary<string, string> { ["Code"] = Code(totp) });
        Assert.Equal("/Dashboard", signedIn.Headers.Location!.OriginalString);

        var lost = WebSession.Create(factory);
        using var step = await lost.SignInAsync(email);
        using var recovered = await lost.SubmitFormAsync(step.Headers.Location!.OriginalString, new Dictionary<string, string> { ["RecoveryCode"] = codes[0] });
        Assert.Equal("/Dashboard", recovered.Headers.Location!.OriginalString);
        var again = WebSession.Create(factory);
        using var step2 = await again.SignInAsync(email);
        using var reused = await again.SubmitFormAsync(step2.Headers.Location!.OriginalString, new Dictionary<string, string> { ["RecoveryCode"] = codes[0] });
        Assert.Equal(HttpStatusCode.OK, reused.StatusCode);
    }

    private string Code(Totp totp) => totp.ComputeTotp(factory.Clock.GetUtcNow().UtcDateTime);
}

using Footfall.Data.Entities;
using Microsoft.AspNetCore.Identity;
using OtpNet;

namespace Footfall.Web.Features.Account;

/// <summary>
/// Authenticator-app codes (TOTP, RFC 6238: HMAC-SHA1, 6 digits, 30-second steps) checked with Otp.NET,
/// one step either side for clock drift; a code's time step is remembered so the same code never works twice.
/// </summary>
public sealed class TotpAuthenticator(TimeProvider time) : IUserTwoFactorTokenProvider<FootfallUser>
{
    public const string ProviderName = "Totp";

    public async Task<bool> CanGenerateTwoFactorTokenAsync(UserManager<FootfallUser> manager, FootfallUser user)
    {
        ArgumentNullException.ThrowIfNull(manager);
        return !string.IsNullOrWhiteSpace(await manager.GetAuthenticatorKeyAsync(user));
    }

    /// <summary>The code comes from the runner's app; the server never sends one.</summary>
    public Task<string> GenerateAsync(string purpose, UserManager<FootfallUser> manager, FootfallUser user) => Task.FromResult(string.Empty);

    public async Task<bool> ValidateAsync(string purpose, string token, UserManager<FootfallUser> manager, FootfallUser user)
    {
        ArgumentNullException.ThrowIfNull(manager);
        ArgumentNullException.ThrowIfNull(user);
        var code = new string((token ?? "").Where(char.IsDigit).ToArray());
        var key = await manager.GetAuthenticatorKeyAsync(user);
        if (code.Length != 6 || string.IsNullOrWhiteSpace(key))
        {
            return false;
        }

        var totp = new Totp(Base32Encoding.ToBytes(key));
        if (!totp.VerifyTotp(time.GetUtcNow().UtcDateTime, code, out var step, VerificationWindow.RfcSpecifiedNetworkDelay))
        {
            return false;
        }

        if (user.LastTotpTimeStep is { } last && step <= last)
        {
            return false;
        }

        user.LastTotpTimeStep = step;
        await manager.UpdateAsync(user);
        return true;
    }

    /// <summary>The otpauth:// URI an authenticator app reads from the QR code (Google Authenticator key URI format).</summary>
    public static string EnrolmentUri(string email, string key) =>
        $"otpauth://totp/{Uri.EscapeDataString("Footfall:" + email)}?secret={key}&issuer=Footfall&digits=6&period=30";
}

using System.Security.Cryptography;
using Microsoft.AspNetCore.DataProtection;

namespace Footfall.Web.Features.Newsletter;

/// <summary>
/// The tokens in newsletter links; neither carries the email address. A confirmation token is 32 random
/// bytes of which only the SHA-256 is stored, used once. An unsubscribe token is the subscription's id
/// signed and encrypted with the app's data-protection keys (shared by every node), so every issue can
/// carry one without storing it; it stops mattering once the row is deleted.
/// </summary>
public sealed class NewsletterTokens(IDataProtectionProvider protection)
{
    private readonly IDataProtector _unsubscribe = protection.CreateProtector("Footfall.Newsletter.Unsubscribe.v1");

    /// <summary>A fresh confirmation token (URL-safe base64) and the hash to store.</summary>
    public static (string Token, string Hash) NewConfirmation()
    {
        var token = Base64Url(RandomNumberGenerator.GetBytes(32));
        return (token, Hash(token));
    }

    public static string Hash(string token) => Convert.ToHexStringLower(SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(token)));

    public string Unsubscribe(Guid subscriptionId) => Base64Url(_unsubscribe.Protect(subscriptionId.ToByteArray()));

    /// <summary>The subscription an unsubscribe token names, or null for a token that is not one of ours.</summary>
    public Guid? ReadUnsubscribe(string? token)
    {
        if (string.IsNullOrEmpty(token) || token.Length > 1000)
        {
            return null;
        }

        try
        {
            var bytes = _unsubscribe.Unprotect(FromBase64Url(token));
            return bytes.Length == 16 ? new Guid(bytes) : null;
        }
        catch (Exception ex) when (ex is CryptographicException or FormatException)
        {
            return null;
        }
    }

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    private static byte[] FromBase64Url(string text)
    {
        var padded = text.Replace('-', '+').Replace('_', '/');
        padded += (padded.Length % 4) switch { 2 => "==", 3 => "=", _ => string.Empty };
        return Convert.FromBase64String(padded);
    }
}

using System.IO.Compression;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.DataProtection;

namespace Footfall.Web.Features.Assessment;

/// <summary>Seals the interview state (compressed, then protected) so it cannot be read or altered in
/// the browser; keys are shared by every node, so any node can open it.</summary>
public sealed class InterviewStateProtector(IDataProtectionProvider provider)
{
    private readonly IDataProtector _protector = provider.CreateProtector("Footfall.Interview.v2");

    public string Protect(InterviewState state)
    {
        ArgumentNullException.ThrowIfNull(state);
        using var buffer = new MemoryStream();
        using (var deflate = new DeflateStream(buffer, CompressionLevel.SmallestSize, leaveOpen: true))
        {
            deflate.Write(Encoding.UTF8.GetBytes(state.ToJson()));
        }

        return Base64UrlEncode(_protector.Protect(buffer.ToArray()));
    }

    /// <summary>The state, or null when the value is missing, expired (keys rotated) or tampered with.</summary>
    public InterviewState? Unprotect(string? sealedState)
    {
        if (string.IsNullOrEmpty(sealedState) || sealedState.Length > 16_384)
        {
            return null;
        }

        try
        {
            var compressed = _protector.Unprotect(Base64UrlDecode(sealedState));
            using var deflate = new DeflateStream(new MemoryStream(compressed), CompressionMode.Decompress);
            using var reader = new StreamReader(deflate, Encoding.UTF8);
            var json = new char[65_536];
            var length = reader.ReadBlock(json, 0, json.Length);
            return length == json.Length ? null : InterviewState.FromJson(new string(json, 0, length));
        }
        catch (Exception ex) when (ex is CryptographicException or FormatException or System.Text.Json.JsonException or InvalidDataException)
        {
            return null;
        }
    }

    private static string Base64UrlEncode(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    private static byte[] Base64UrlDecode(string text)
    {
        var s = text.Replace('-', '+').Replace('_', '/');
        return Convert.FromBase64String(s.PadRight(s.Length + ((4 - (s.Length % 4)) % 4), '='));
    }
}

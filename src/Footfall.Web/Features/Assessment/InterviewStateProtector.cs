using System.Security.Cryptography;
using Microsoft.AspNetCore.DataProtection;

namespace Footfall.Web.Features.Assessment;

/// <summary>Seals the interview state for the hidden form field so it cannot be read or altered in transit or at rest in a browser.</summary>
public sealed class InterviewStateProtector(IDataProtectionProvider provider)
{
    private readonly IDataProtector _protector = provider.CreateProtector("Footfall.Interview.v1");

    public string Protect(InterviewState state)
    {
        ArgumentNullException.ThrowIfNull(state);
        return _protector.Protect(state.ToJson());
    }

    /// <summary>The state, or null when the field is missing, expired (keys rotated) or tampered with.</summary>
    public InterviewState? Unprotect(string? sealedState)
    {
        if (string.IsNullOrEmpty(sealedState))
        {
            return null;
        }

        try
        {
            return InterviewState.FromJson(_protector.Unprotect(sealedState));
        }
        catch (Exception ex) when (ex is CryptographicException or FormatException or System.Text.Json.JsonException)
        {
            return null;
        }
    }
}

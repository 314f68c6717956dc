using System.Security.Cryptography;
using Footfall.Data.Entities;
using Microsoft.AspNetCore.Identity;

namespace Footfall.Web.Features.Account;

/// <summary>
/// A hash of a random password, made once with the app's own hasher (same algorithm and iteration
/// count as real accounts), so that checking a password for an unknown email costs what a real check costs.
/// </summary>
public sealed class DummyPasswordHash
{
    private static readonly FootfallUser Nobody = new();
    private readonly PasswordHasher<FootfallUser> _hasher;
    private readonly string _hash;

    public DummyPasswordHash(Microsoft.Extensions.Options.IOptions<PasswordHasherOptions> options)
    {
        _hasher = new PasswordHasher<FootfallUser>(options);
        _hash = _hasher.HashPassword(Nobody, Convert.ToBase64String(RandomNumberGenerator.GetBytes(24)));
    }

    /// <summary>Checks <paramref name="password"/> against the dummy hash; false but for a one-in-2^192 chance.</summary>
    public bool Verify(string password) => _hasher.VerifyHashedPassword(Nobody, _hash, password) != PasswordVerificationResult.Failed;
}

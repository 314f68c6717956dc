using Footfall.Data.Entities;

namespace Footfall.Web.Features.Account;

/// <summary>What a <see cref="PasswordSignIn"/> attempt came to.</summary>
public sealed record PasswordSignInOutcome(PasswordSignInStatus Status, TimeSpan Wait = default, FootfallUser? Unconfirmed = null)
{
    public static PasswordSignInOutcome SignedIn { get; } = new(PasswordSignInStatus.SignedIn);

    public static PasswordSignInOutcome SecondFactor { get; } = new(PasswordSignInStatus.SecondFactor);

    public static PasswordSignInOutcome Failed { get; } = new(PasswordSignInStatus.Failed);

    public static PasswordSignInOutcome Throttled(TimeSpan wait) => new(PasswordSignInStatus.Throttled, wait);

    public static PasswordSignInOutcome NotConfirmed(FootfallUser user) => new(PasswordSignInStatus.NotConfirmed, Unconfirmed: user);
}

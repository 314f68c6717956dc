namespace Footfall.Care.Consent;

/// <summary>
/// What a runner granted and for how long: in force from <see cref="GrantedAt"/> until the earlier of
/// <see cref="ExpiresAt"/> and <see cref="RevokedAt"/>. A revocation takes effect at the instant it is
/// made, so the very next request after it is refused.
/// </summary>
public sealed record ConsentTerms(ConsentScope Scopes, DateTimeOffset GrantedAt, DateTimeOffset ExpiresAt, DateTimeOffset? RevokedAt)
{
    /// <summary>How long a consent lasts when the runner does not choose: 90 days.</summary>
    public static readonly TimeSpan DefaultDuration = TimeSpan.FromDays(90);

    /// <summary>The longest a runner can grant in one go: 2 years; after that they share again.</summary>
    public static readonly TimeSpan MaximumDuration = TimeSpan.FromDays(730);

    public bool IsInForceAt(DateTimeOffset now) => RevokedAt is null && now >= GrantedAt && now < ExpiresAt;

    /// <summary>True when the consent is in force at <paramref name="now"/> and covers every part in <paramref name="needed"/>.</summary>
    public bool Allows(ConsentScope needed, DateTimeOffset now) => IsInForceAt(now) && (Scopes & needed) == needed;
}

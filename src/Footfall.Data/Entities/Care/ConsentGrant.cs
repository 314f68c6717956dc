namespace Footfall.Data.Entities;

/// <summary>A runner's consent for one practitioner, or every practitioner of one clinic, to read parts of their record until it expires or is revoked.</summary>
public class ConsentGrant : IOwned
{
    public Guid Id { get; set; }

    /// <summary>The runner whose record it is.</summary>
    public required string OwnerId { get; set; }

    public Guid? PractitionerId { get; set; }

    public Guid? ClinicId { get; set; }

    /// <summary>A <c>Footfall.Care.Consent.ConsentScope</c> flags value.</summary>
    public int Scopes { get; set; }

    public DateTime GrantedAtUtc { get; set; }

    public DateTime ExpiresAtUtc { get; set; }

    public DateTime? RevokedAtUtc { get; set; }
}

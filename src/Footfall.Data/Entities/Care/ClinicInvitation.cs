namespace Footfall.Data.Entities;

/// <summary>An admin's invitation for a practitioner to join a clinic. Only the SHA-256 of the emailed token is stored.</summary>
public class ClinicInvitation
{
    public Guid Id { get; set; }

    public Guid ClinicId { get; set; }

    public required string Email { get; set; }

    /// <summary>Lower-case hex SHA-256 of the token in the emailed link.</summary>
    public required string TokenHash { get; set; }

    /// <summary>The profession the admin expects, a <c>Footfall.Care.Profession</c> value.</summary>
    public int Profession { get; set; }

    public required string InvitedById { get; set; }

    public DateTime CreatedAtUtc { get; set; }

    public DateTime ExpiresAtUtc { get; set; }

    public DateTime? AcceptedAtUtc { get; set; }

    public string? AcceptedById { get; set; }
}

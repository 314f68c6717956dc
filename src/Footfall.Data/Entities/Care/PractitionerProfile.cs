namespace Footfall.Data.Entities;

/// <summary>A clinician's public profile: one per account, created when they accept their first invitation.</summary>
public class PractitionerProfile
{
    public Guid Id { get; set; }

    public required string UserId { get; set; }

    public required string DisplayName { get; set; }

    /// <summary>A <c>Footfall.Care.Profession</c> value.</summary>
    public int Profession { get; set; }

    public string Bio { get; set; } = string.Empty;

    /// <summary>Condition ids from the knowledge base they treat, comma-separated.</summary>
    public string ConditionsTreated { get; set; } = string.Empty;

    public DateTime CreatedAtUtc { get; set; }
}

using System.Net.Mail;
using System.Security.Cryptography;
using Footfall.Care;
using Footfall.Data;
using Footfall.Data.Entities;

namespace Footfall.Web.Features.Care;

/// <summary>A clinic admin invites a practitioner by email; the link carries a random token of which only the hash is stored.</summary>
public sealed class InvitePractitioner(FootfallDbContext db, CareAccess access, CareMail mail, TimeProvider clock)
{
    /// <summary>How long an invitation stays valid: 14 days.</summary>
    public static readonly TimeSpan Validity = TimeSpan.FromDays(14);

    public sealed record Request(string? Email, string? Profession);

    public async Task<Outcome<ClinicInvitation>> RunAsync(string adminId, Guid clinicId, Request request, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        var clinic = await db.Clinics.FindAsync([clinicId], ct);
        if (clinic is null || !await access.IsAdminAsync(adminId, clinicId, ct))
        {
            return Outcome<ClinicInvitation>.NotFound();
        }

        var errors = new FieldErrors();
        if (string.IsNullOrWhiteSpace(request.Email) || request.Email.Length > 256 || !MailAddress.TryCreate(request.Email.Trim(), out _))
        {
            errors.Add("email", "Give the practitioner's email address, like name@example.com.");
        }

        if (!ProfessionNames.TryParse(request.Profession, out var profession))
        {
            errors.Add("profession", "Choose the practitioner's profession.");
        }

        if (errors.Count > 0)
        {
            return Outcome<ClinicInvitation>.Invalid(errors);
        }

        var token = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        var now = clock.GetUtcNow().UtcDateTime;
        var invitation = new ClinicInvitation
        {
            Id = Guid.NewGuid(),
            ClinicId = clinicId,
            Email = request.Email!.Trim(),
            TokenHash = Hash(token),
            Profession = (int)profession,
            InvitedById = adminId,
            CreatedAtUtc = now,
            ExpiresAtUtc = now + Validity,
        };
        db.ClinicInvitations.Add(invitation);
        await db.SaveChangesAsync(ct);
        await mail.InvitationAsync(invitation, clinic, token, ct);
        return Outcome<ClinicInvitation>.Done(invitation);
    }

    public static string Hash(string token) => Convert.ToHexStringLower(SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(token)));
}

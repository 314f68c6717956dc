using System.ComponentModel.DataAnnotations;
using Footfall.Data.Entities;
using Footfall.Web.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Footfall.Web.Features.Account;

/// <summary>
/// Creates an account through Identity with the web's password rules (length, common and guessable passwords):
/// <c>footfall user create</c>. An operator at the terminal already holds the database, so the address counts
/// as confirmed; the web's sign-up keeps its emailed confirmation and its answers that never tell whether an
/// address has an account.
/// </summary>
public static class CreateAccount
{
    /// <param name="Email">The account's email address (its sign-in name).</param>
    /// <param name="Password">At least 12 characters, not a common or guessable password.</param>
    /// <param name="TimeZone">An IANA time zone id, or null for UTC.</param>
    /// <param name="DistanceUnit">km or mi; null for kilometres.</param>
    public sealed record Request(string? Email, string? Password, string? TimeZone = null, string? DistanceUnit = null);

    public sealed class Handler(UserManager<FootfallUser> users, AuditTrail audit, TimeProvider clock)
    {
        public async Task<Outcome<FootfallUser>> HandleAsync(Request request, string actorId, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(request);
            var errors = new FieldErrors();
            var email = request.Email?.Trim() ?? string.Empty;
            if (email.Length == 0 || email.Length > 256 || !new EmailAddressAttribute().IsValid(email))
            {
                errors.Add(nameof(Request.Email), "Enter a valid email address, like name@example.com.");
            }

            if (request.TimeZone is { Length: > 0 } zone && !RunnerTime.IsKnown(zone))
            {
                errors.Add(nameof(Request.TimeZone), $"'{zone}' is not a time zone this machine knows; use an IANA id such as America/Chicago.");
            }

            if (request.DistanceUnit is { Length: > 0 } unit && unit is not ("km" or "mi"))
            {
                errors.Add(nameof(Request.DistanceUnit), "The distance unit must be km or mi.");
            }

            var user = new FootfallUser
            {
                UserName = email,
                Email = email,
                EmailConfirmed = true,
                CreatedAtUtc = clock.GetUtcNow().UtcDateTime,
                TimeZoneId = request.TimeZone is { Length: > 0 } ? request.TimeZone : null,
                DistanceUnit = Footfall.Training.DistanceUnitExtensions.FromCode(request.DistanceUnit),
            };
            var password = request.Password ?? string.Empty;
            if (password.Length < 12)
            {
                errors.Add(nameof(Request.Password), "The password must be at least 12 characters long.");
            }
            else
            {
                foreach (var validator in users.PasswordValidators)
                {
                    foreach (var error in (await validator.ValidateAsync(users, user, password)).Errors)
                    {
                        errors.Add(nameof(Request.Password), error.Description);
                    }
                }
            }

            if (errors.Count == 0 && await users.FindByEmailAsync(email) is not null)
            {
                errors.Add(nameof(Request.Email), $"There is already an account for {email}.");
            }

            if (errors.Count > 0)
            {
                return Outcome.Refused<FootfallUser>(errors);
            }

            IdentityResult created;
            try
            {
                created = await users.CreateAsync(user, password);
            }
            catch (DbUpdateException)
            {
                // Lost a race with another sign-up of the same address: the unique index said no.
                created = IdentityResult.Failed(new IdentityError { Code = "DuplicateEmail" });
            }

            if (!created.Succeeded)
            {
                foreach (var error in created.Errors)
                {
                    errors.Add(error.Code is "DuplicateEmail" or "DuplicateUserName" ? nameof(Request.Email) : nameof(Request.Password),
                        error.Code is "DuplicateEmail" or "DuplicateUserName" ? $"There is already an account for {email}." : error.Description);
                }

                return Outcome.Refused<FootfallUser>(errors);
            }

            await audit.RecordAsync(AuditActions.Registered, user.Id, actorId: actorId, cancellationToken: cancellationToken);
            return Outcome.Done(user);
        }
    }
}

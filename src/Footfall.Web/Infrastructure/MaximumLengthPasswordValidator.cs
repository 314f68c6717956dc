using Footfall.Data.Entities;
using Microsoft.AspNetCore.Identity;

namespace Footfall.Web.Infrastructure;

/// <summary>Caps passwords at 128 characters (ASVS 2.1.2 asks that at least 64 be allowed).</summary>
public sealed class MaximumLengthPasswordValidator : IPasswordValidator<FootfallUser>
{
    public const int MaximumLength = 128;

    public Task<IdentityResult> ValidateAsync(UserManager<FootfallUser> manager, FootfallUser user, string? password) =>
        Task.FromResult(password is { Length: > MaximumLength }
            ? IdentityResult.Failed(new IdentityError
            {
                Code = "PasswordTooLong",
                Description = $"Passwords must be at most {MaximumLength} characters.",
            })
            : IdentityResult.Success);
}

using Footfall.Data.Entities;
using Microsoft.AspNetCore.Identity;

namespace Footfall.Web.Features.Account;

/// <summary>
/// Refuses passwords an attacker tries first (OWASP ASVS 4.0 2.1.7, NIST SP 800-63B 5.1.1.2): one of
/// the 49,000 most common breached passwords (bundled, <c>Data/common-passwords.txt</c>), such a
/// password with only digits or symbols added ("football2024!"), one word repeated ("passwordpassword"),
/// the account's email or its name part, and fewer than five different characters ("aaaaaaaaaaaa").
/// No composition rules (ASVS 2.1.9).
/// </summary>
public sealed class GuessablePasswordValidator : IPasswordValidator<FootfallUser>
{
    public const int MinimumDistinctCharacters = 5;

    private static readonly Lazy<HashSet<string>> Common = new(Load);

    public Task<IdentityResult> ValidateAsync(UserManager<FootfallUser> manager, FootfallUser user, string? password)
    {
        ArgumentNullException.ThrowIfNull(user);
        var reason = Reason(password ?? "", user.Email);
        return Task.FromResult(reason is null
            ? IdentityResult.Success
            : IdentityResult.Failed(new IdentityError { Code = "GuessablePassword", Description = reason }));
    }

    /// <summary>Why <paramref name="password"/> is too easy to guess, or null when it is not.</summary>
    public static string? Reason(string password, string? email)
    {
        ArgumentNullException.ThrowIfNull(password);
        var lower = password.Trim().ToLowerInvariant();
        if (email is { Length: > 0 })
        {
            var address = email.Trim().ToLowerInvariant();
            var name = address.Split('@')[0];
            if (lower == address || (name.Length >= 4 && lower.Contains(name, StringComparison.Ordinal)))
            {
                return "Your password must not be your email address or contain its name part.";
            }
        }

        if (lower.Distinct().Count() < MinimumDistinctCharacters)
        {
            return $"Your password repeats too few characters; use at least {MinimumDistinctCharacters} different ones, or a few unrelated words.";
        }

        var word = lower.TrimEnd("0123456789!@#$%^&*()-_=+.,?~ ".ToCharArray());
        if (Common.Value.Contains(lower) || (word.Length >= 4 && Common.Value.Contains(word)) || IsRepeated(lower))
        {
            return "That password is one of the most common in leaked password lists; choose another (a few unrelated words work well).";
        }

        return null;
    }

    private static bool IsRepeated(string text)
    {
        for (var length = 1; length <= text.Length / 2; length++)
        {
            if (text.Length % length == 0 && string.Concat(Enumerable.Repeat(text[..length], text.Length / length)) == text)
            {
                return true;
            }
        }

        return false;
    }

    private static HashSet<string> Load()
    {
        using var stream = typeof(GuessablePasswordValidator).Assembly.GetManifestResourceStream("Footfall.Web.common-passwords.txt")
            ?? throw new InvalidOperationException("The common-password list is not embedded.");
        using var reader = new StreamReader(stream);
        var set = new HashSet<string>(StringComparer.Ordinal);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length > 0 && line[0] != '#')
            {
                set.Add(line);
            }
        }

        return set;
    }
}

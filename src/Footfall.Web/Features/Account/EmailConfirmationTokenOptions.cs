using Microsoft.AspNetCore.Identity;

namespace Footfall.Web.Features.Account;

/// <summary>Options of <see cref="EmailConfirmationTokenProvider"/>: a 24-hour lifespan.</summary>
public sealed class EmailConfirmationTokenOptions : DataProtectionTokenProviderOptions
{
    public static readonly TimeSpan Lifespan = TimeSpan.FromHours(24);

    public EmailConfirmationTokenOptions()
    {
        Name = EmailConfirmationTokenProvider.ProviderName;
        TokenLifespan = Lifespan;
    }
}

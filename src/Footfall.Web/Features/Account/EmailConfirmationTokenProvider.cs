using Footfall.Data.Entities;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Footfall.Web.Features.Account;

/// <summary>
/// Email-confirmation links: valid for <see cref="EmailConfirmationTokenOptions.Lifespan"/> (24 hours) and
/// tied to the security stamp, which confirming renews, so a link works once. Password-reset links use
/// Identity's default provider, valid for one hour and likewise spent by the reset.
/// </summary>
public sealed class EmailConfirmationTokenProvider(
    IDataProtectionProvider protection, IOptions<EmailConfirmationTokenOptions> options, ILogger<DataProtectorTokenProvider<FootfallUser>> logger)
    : DataProtectorTokenProvider<FootfallUser>(protection, options, logger)
{
    public const string ProviderName = "EmailConfirmation";
}

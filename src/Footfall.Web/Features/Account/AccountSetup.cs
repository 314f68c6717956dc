using Footfall.Data.Entities;
using Footfall.Web.Infrastructure;
using Microsoft.AspNetCore.Identity;

namespace Footfall.Web.Features.Account;

/// <summary>The account feature's services: sessions, sign-in, throttling, audit, mail, export and deletion.</summary>
public static class AccountSetup
{
    public static IServiceCollection AddFootfallAccounts(this IServiceCollection services, IConfiguration configuration)
    {
        var throttle = configuration.GetSection(SignInThrottleOptions.SectionName).Get<SignInThrottleOptions>() ?? new SignInThrottleOptions();
        services.AddSingleton(throttle);
        services.AddSingleton(SessionLimitsFrom(configuration));
        services.AddScoped<SignInThrottle>();
        services.AddSingleton<DummyPasswordHash>();
        services.AddScoped<AuditTrail>();
        services.AddScoped<PasswordSignIn>();
        services.AddScoped<PublicLinks>();
        services.AddScoped<AccountMail>();
        services.AddScoped<ExportAccount>();
        services.AddScoped<DeleteAccount>();
        services.AddScoped<SignedInSessions>();
        services.AddScoped<SecurityActivity>();
        services.AddSingleton(configuration.GetSection(RetentionPeriods.SectionName).Get<RetentionPeriods>() ?? new RetentionPeriods());
        services.AddScoped<RecordRetention>();
        services.AddScoped<CreateAccount.Handler>();
        return services;
    }

    /// <summary>Identity with Footfall's account rules (password length and guessability, unique emails, no lockout,
    /// confirmed email to sign in), shared by the web host and <c>footfall user create</c>.</summary>
    public static IdentityBuilder AddFootfallIdentityCore(this IServiceCollection services)
    {
        return services.AddIdentityCore<FootfallUser>(options =>
            {
                // OWASP ASVS 4.0 V2.1: at least 12 characters, at least 64 allowed, no composition rules;
                // common and guessable passwords refused by GuessablePasswordValidator.
                options.Password.RequiredLength = 12;
                options.Password.RequireDigit = false;
                options.Password.RequireLowercase = false;
                options.Password.RequireUppercase = false;
                options.Password.RequireNonAlphanumeric = false;
                options.Password.RequiredUniqueChars = 1;
                options.User.RequireUniqueEmail = true;

                // No lock a stranger could set off: failures meet growing delays (SignInThrottle) instead.
                options.Lockout.AllowedForNewUsers = false;
                options.Lockout.MaxFailedAccessAttempts = int.MaxValue;
                options.SignIn.RequireConfirmedEmail = true;
                options.Tokens.EmailConfirmationTokenProvider = EmailConfirmationTokenProvider.ProviderName;
                options.Tokens.AuthenticatorTokenProvider = TotpAuthenticator.ProviderName;
            })
            .AddPasswordValidator<MaximumLengthPasswordValidator>()
            .AddPasswordValidator<GuessablePasswordValidator>();
    }

    public static SessionLimits SessionLimitsFrom(IConfiguration configuration) =>
        configuration.GetSection(SessionLimits.SectionName).Get<SessionLimits>() ?? new SessionLimits();
}

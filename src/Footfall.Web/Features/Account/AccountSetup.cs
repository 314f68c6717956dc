namespace Footfall.Web.Features.Account;

/// <summary>The account feature's services: sessions, sign-in, throttling, audit, mail, export and deletion.</summary>
public static class AccountSetup
{
    public static IServiceCollection AddFootfallAccounts(this IServiceCollection services, IConfiguration configuration)
    {
        var throttle = configuration.GetSection(SignInThrottleOptions.SectionName).Get<SignInThrottleOptions>() ?? new SignInThrottleOptions();
        services.AddSingleton(throttle);
        services.AddSingleton(SessionLimitsFrom(configuration));
        services.AddSingleton<SignInThrottle>();
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
        return services;
    }

    public static SessionLimits SessionLimitsFrom(IConfiguration configuration) =>
        configuration.GetSection(SessionLimits.SectionName).Get<SessionLimits>() ?? new SessionLimits();
}

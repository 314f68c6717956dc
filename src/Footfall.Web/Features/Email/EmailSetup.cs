using Footfall.Data;

namespace Footfall.Web.Features.Email;

/// <summary>Registers <see cref="IEmailSender"/>: SMTP when <c>Email:Host</c> is set, the outbox folder otherwise.</summary>
public static class EmailSetup
{
    public static IServiceCollection AddFootfallEmail(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var options = configuration.GetSection(EmailOptions.SectionName).Get<EmailOptions>() ?? new EmailOptions();
        if (!options.UsesSmtp)
        {
            options.OutboxPath = Path.GetFullPath(options.OutboxPath is { Length: > 0 } path ? path : DefaultOutbox(configuration));
        }

        services.AddSingleton(options);
        if (options.UsesSmtp)
        {
            services.AddSingleton<IEmailSender, SmtpEmailSender>();
        }
        else
        {
            services.AddSingleton<IEmailSender, OutboxEmailSender>();
        }

        services.AddSingleton<PendingMail>();
        services.AddHostedService<PendingMailWorker>();
        return services;
    }

    /// <summary>Says once, at start-up, where mail goes.</summary>
    public static void DescribeEmail(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var options = app.Services.GetRequiredService<EmailOptions>();
        if (options.UsesSmtp)
        {
            app.Logger.LogInformation("Email is sent through {Host}:{Port} ({Tls})", options.Host, options.Port, options.Tls);
        }
        else
        {
            app.Logger.LogWarning(
                "No mail server configured (Email:Host): emails such as sign-up confirmations and password resets are written as .eml files to {Outbox}",
                options.OutboxPath);
        }
    }

    /// <summary>An <c>outbox</c> folder beside the SQLite file (beside its default location on PostgreSQL).</summary>
    private static string DefaultOutbox(IConfiguration configuration)
    {
        var sqlitePath = new DatabaseOptions { SqlitePath = configuration["Database:SqlitePath"] }.ResolveSqlitePath();
        return Path.Combine(Path.GetDirectoryName(sqlitePath)!, "outbox");
    }
}

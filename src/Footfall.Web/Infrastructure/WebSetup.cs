using Footfall.Web.Features;
using System.Threading.RateLimiting;
using Footfall.Data;
using Footfall.Data.Entities;
using Footfall.Web.Features.Account;
using Footfall.Web.Features.Assessment;
using Footfall.Web.Features.Care;
using Footfall.Web.Features.Email;
using Footfall.Web.Features.History;
using Footfall.Web.Features.Learning;
using Footfall.Web.Features.Recovery;
using Footfall.Web.Features.Shoes;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.RateLimiting;

namespace Footfall.Web.Infrastructure;

/// <summary>The web host's wiring, kept out of Program.cs.</summary>
public static class WebSetup
{
    /// <summary>Rate-limit policy for the account pages: per account when signed in, per client address otherwise.</summary>
    public const string AccountPolicy = RateLimits.AccountPolicy;

    public static WebApplicationBuilder AddFootfallWeb(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        var configuration = builder.Configuration;
        var requireHttps = configuration.GetValue("Security:RequireHttps", !builder.Environment.IsDevelopment());

        try
        {
            services.AddFootfallData(configuration);
        }
        catch (DatabaseStartupException ex)
        {
            // Configuration is wrong before anything runs; PrepareDatabaseAsync reports it.
            services.AddSingleton(new DatabaseConfigurationError(ex.Message));
        }

        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<DatabaseHealth>();
        services.AddFootfallEmail(configuration);
        // Keys in the database: a cookie or a sealed interview made on one node opens on every other.
        services.AddDataProtection()
            .SetApplicationName("Footfall")
            .PersistKeysToDbContext<FootfallDbContext>();
        services.AddFootfallIdentityCore()
            .AddClaimsPrincipalFactory<RunnerClaimsFactory>()
            .AddEntityFrameworkStores<FootfallDbContext>()
            .AddSignInManager<SessionSignInManager>()
            .AddDefaultTokenProviders()
            .AddTokenProvider<EmailConfirmationTokenProvider>(EmailConfirmationTokenProvider.ProviderName)
            .AddTokenProvider<TotpAuthenticator>(TotpAuthenticator.ProviderName);
        // Password-reset links: one hour (Security:PasswordResetLinkLifespan). Identity's token provider
        // reads the system clock, not TimeProvider.
        var resetLifespan = configuration.GetValue("Security:PasswordResetLinkLifespan", TimeSpan.FromHours(1));
        services.Configure<DataProtectionTokenProviderOptions>(o => o.TokenLifespan = resetLifespan);
        services.AddOptions<EmailConfirmationTokenOptions>();

        services.AddAuthentication(IdentityConstants.ApplicationScheme)
            .AddIdentityCookies();
        services.ConfigureApplicationCookie(options =>
        {
            options.Cookie.Name = requireHttps ? "__Host-footfall" : "footfall";
            options.Cookie.HttpOnly = true;
            options.Cookie.SameSite = SameSiteMode.Lax;
            options.Cookie.SecurePolicy = requireHttps ? CookieSecurePolicy.Always : CookieSecurePolicy.SameAsRequest;

            // The ticket lasts as long as a session may; the server-side session row enforces the idle
            // limit on every request (a sliding ticket would renew only after half its lifetime).
            options.ExpireTimeSpan = AccountSetup.SessionLimitsFrom(configuration).Absolute;
            options.SlidingExpiration = false;
            options.LoginPath = "/Account/Login";
            options.LogoutPath = "/Account/Logout";
            options.AccessDeniedPath = "/Account/Login";
            options.Events.OnValidatePrincipal = Sessions.ValidateAsync;
            options.Events.OnRedirectToLogin = context => ApiAwareRedirect(context, StatusCodes.Status401Unauthorized);
            options.Events.OnRedirectToAccessDenied = context => ApiAwareRedirect(context, StatusCodes.Status403Forbidden);
        });
        services.Configure<Microsoft.AspNetCore.Authentication.Cookies.CookieAuthenticationOptions>(IdentityConstants.TwoFactorUserIdScheme, options =>
        {
            options.Cookie.Name = requireHttps ? "__Host-footfall-2fa" : "footfall-2fa";
            options.Cookie.HttpOnly = true;
            options.Cookie.SameSite = SameSiteMode.Strict;
            options.Cookie.SecurePolicy = requireHttps ? CookieSecurePolicy.Always : CookieSecurePolicy.SameAsRequest;
        });
        // Deny by default (OWASP ASVS 4.0 4.1.5): an endpoint or page that says nothing about access
        // needs a signed-in runner; the public ones say [AllowAnonymous] / AllowAnonymous() themselves.
        // A request that matched no endpoint at all passes, so that it gets its 404 rather than a 401.
        services.AddAuthorization(options => options.FallbackPolicy = new AuthorizationPolicyBuilder()
            .RequireAssertion(context => context.User.Identity?.IsAuthenticated == true
                || (context.Resource is HttpContext http && http.GetEndpoint() is null))
            .Build());

        services.AddAntiforgery(options =>
        {
            options.Cookie.Name = requireHttps ? "__Host-footfall-af" : "footfall-af";
            options.Cookie.SecurePolicy = requireHttps ? CookieSecurePolicy.Always : CookieSecurePolicy.SameAsRequest;
            options.Cookie.SameSite = SameSiteMode.Strict;
        });

        services.AddFootfallAccounts(configuration);
        services.AddFootfallProxies(configuration);
        services.AddFootfallRateLimits(configuration);
        services.AddFootfallProblemDetails();

        services.AddRazorPages(options =>
        {
            options.Conventions.AuthorizeFolder("/Account/Manage");
            options.Conventions.AuthorizePage("/Dashboard");
        });
        services.AddFootfallAssessment();
        services.AddScoped<InterviewCaseBuilder>();
        services.AddFootfallRecovery();
        services.AddFootfallLearning();
        services.AddFootfallUseCases();
        services.AddFootfallCare(configuration);
        services.AddOpenApi("v1", options => options.DescribeFootfallErrors());
        services.AddHttpContextAccessor();
        services.AddScoped<RunnerTime>();

        if (requireHttps)
        {
            services.AddHsts(options =>
            {
                options.MaxAge = TimeSpan.FromDays(365);
                options.IncludeSubDomains = true;
            });
        }

        builder.Services.AddSingleton(new WebSecurity(requireHttps));
        return builder;
    }

    public static WebApplication UseFootfallWeb(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var security = app.Services.GetRequiredService<WebSecurity>();

        // Behind a known proxy, the client's address and scheme are the forwarded ones (for HTTPS
        // cookies, throttling and the audit trail); from anyone else the headers are ignored.
        app.UseForwardedHeaders();

        // API errors are problem details (RFC 9457); pages get a friendly page. A stack trace never
        // reaches a runner's screen.
        app.UseFootfallErrors();
        if (security.RequireHttps)
        {
            app.UseHsts();
            app.UseHttpsRedirection();
        }

        app.UseMiddleware<SecurityHeadersMiddleware>();
        app.UseStaticFiles();
        app.UseRouting();
        app.UseRateLimiter();

        // A public endpoint that never looks at who is signed in skips reading the sign-in cookie. The
        // authentication middleware sits in a branch, so WebApplication is told it is in the pipeline
        // (the key UseAuthentication sets); otherwise it adds a second one at the start for every request.
        ((IApplicationBuilder)app).Properties["__AuthenticationMiddlewareSet"] = true;
        app.UseWhen(static context => context.GetEndpoint()?.Metadata.GetMetadata<SignInNotRead>() is null, signIn => signIn.UseAuthentication());
        app.UseAuthorization();
        app.UseAntiforgery();

        app.MapRazorPages();
        app.MapOpenApi("/openapi/{documentName}.json").AllowAnonymous();
        app.MapHealthEndpoint();
        app.MapRecoveryCalendar();
        var api = app.MapGroup("/api/v1");
        api.MapShoesApi();
        api.MapHistoryApi();
        // The anonymous assessment API is rate-limited per client address.
        api.MapGroup(string.Empty).RequireRateLimiting(RateLimits.AssessmentPolicy).MapAssessmentApi();
        api.MapCareApi();
        return app;
    }

    /// <summary>
    /// Loads the knowledge and applies migrations before the host serves anything. On failure prints one
    /// sentence naming the folder or database and the problem and returns false, so the process exits non-zero without a stack trace.
    /// </summary>
    public static async Task<bool> PrepareDatabaseAsync(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var configError = app.Services.GetService<DatabaseConfigurationError>();
        if (configError is not null)
        {
            await Console.Error.WriteLineAsync($"Footfall cannot start: {configError.Message}");
            return false;
        }

        // The knowledge is loaded now, so a wrong Knowledge:Path or a broken file stops start-up with
        // one sentence rather than failing the first request.
        try
        {
            app.Services.GetRequiredService<Footfall.Assessment.Knowledge.KnowledgeBase>();
            app.Services.GetRequiredService<Footfall.Recovery.RecoveryKnowledge>();
            app.Services.GetRequiredService<Footfall.Learning.LearningKnowledge>();
        }
        catch (Exception ex) when (ex is DirectoryNotFoundException or Footfall.Assessment.Knowledge.KnowledgeBaseException or Footfall.Recovery.RecoveryKnowledgeException or Footfall.Learning.LearningKnowledgeException)
        {
            await Console.Error.WriteLineAsync($"Footfall cannot start: {ex.Message}");
            return false;
        }

        var options = app.Services.GetRequiredService<DatabaseOptions>();
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<FootfallDbContext>();
        try
        {
            if (options.MigrateOnStartup)
            {
                await DatabaseMigrator.MigrateAsync(db, options);
            }

            app.Logger.LogInformation("Using the {Database}", DatabaseMigrator.Describe(db, options));

            // The data-protection key ring is read now (its first key made and stored when there is
            // none), so that the first requests (a sign-in, an antiforgery token) do not race to make keys.
            app.Services.GetRequiredService<Microsoft.AspNetCore.DataProtection.IDataProtectionProvider>()
                .CreateProtector("Footfall.Startup").Protect([0]);
            app.DescribeEmail();
            app.Lifetime.ApplicationStarted.Register(() =>
            {
                foreach (var url in app.Urls)
                {
                    Console.WriteLine($"Footfall is running: open {url} in your browser. Press Ctrl+C to stop.");
                }
            });
            return true;
        }
        catch (DatabaseStartupException ex)
        {
            await Console.Error.WriteLineAsync($"Footfall cannot start: {ex.Message}");
            return false;
        }
    }

    private static Task ApiAwareRedirect(Microsoft.AspNetCore.Authentication.RedirectContext<Microsoft.AspNetCore.Authentication.Cookies.CookieAuthenticationOptions> context, int status)
    {
        if (context.Request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase))
        {
            context.Response.StatusCode = status;
            return Task.CompletedTask;
        }

        context.Response.Redirect(context.RedirectUri);
        return Task.CompletedTask;
    }
}

using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace Footfall.Web.Tests.Support;

/// <summary>
/// The web app for tests that sign up a crowd (a hundred runners racing for one slot): password
/// hashing runs 1,000 PBKDF2 iterations instead of Identity's 100,000, so signing up is not the test's
/// cost. Nothing else differs.
/// </summary>
public class ManyRunnersWebFactory : FootfallWebFactory
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services => services.Configure<PasswordHasherOptions>(o => o.IterationCount = 1_000));
    }
}

/// <summary><see cref="ManyRunnersWebFactory"/> on its own fresh PostgreSQL database.</summary>
public sealed class PostgresManyRunnersWebFactory : ManyRunnersWebFactory, IAsyncLifetime
{
    public Task InitializeAsync() => UsePostgresAsync();

    Task IAsyncLifetime.DisposeAsync() => Task.CompletedTask;
}

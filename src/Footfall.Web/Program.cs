using Footfall.Web.Infrastructure;

var builder = WebApplication.CreateBuilder(args);
builder.AddFootfallWeb();
builder.AddFootfallJobs();
builder.AddFootfallTelemetry();

var app = builder.Build();
app.UseFootfallWeb();
app.MapReadinessEndpoints();

if (!await app.PrepareDatabaseAsync())
{
    return 1;
}

return await app.RunUnlessPortTakenAsync() ? 0 : 1;

/// <summary>The web host's entry point; public so tests can start it with WebApplicationFactory.</summary>
public partial class Program;

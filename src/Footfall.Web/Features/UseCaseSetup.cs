using Footfall.Web.Features.Shoes;

namespace Footfall.Web.Features;

/// <summary>Registers every use case's handler and query type (one scope per request, like the DbContext they use).</summary>
public static class UseCaseSetup
{
    public static IServiceCollection AddFootfallUseCases(this IServiceCollection services)
    {
        services.AddScoped<ShoeList>();
        services.AddScoped<SaveShoe.Handler>();
        services.AddScoped<RetireShoe.Handler>();
        services.AddScoped<RemoveShoe.Handler>();
        services.AddScoped<AssignRuns.Handler>();
        return services;
    }
}

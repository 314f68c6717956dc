using Footfall.Recovery;

namespace Footfall.Web.Features.Recovery;

/// <summary>The recovery knowledge is loaded and cross-checked once at start-up; the journal is per request.</summary>
public static class RecoverySetup
{
    public static IServiceCollection AddFootfallRecovery(this IServiceCollection services)
    {
        services.AddSingleton(sp => RecoveryKnowledge.Load(KnowledgeLocation.Recovery(
            KnowledgeLocation.Resolve(sp.GetRequiredService<IConfiguration>()[KnowledgeLocation.ConfigurationKey]))));
        services.AddScoped<RecoveryJournal>();
        return services;
    }
}

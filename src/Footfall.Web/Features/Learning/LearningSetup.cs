using Footfall.Assessment.Knowledge;
using Footfall.Learning;
using Footfall.Recovery;

namespace Footfall.Web.Features.Learning;

/// <summary>The learning knowledge and the condition guides are built once, from the knowledge the app already loaded.</summary>
public static class LearningSetup
{
    public static IServiceCollection AddFootfallLearning(this IServiceCollection services)
    {
        services.AddSingleton(sp => LearningKnowledge.Load(
            KnowledgeLocation.Resolve(sp.GetRequiredService<IConfiguration>()[KnowledgeLocation.ConfigurationKey]),
            sp.GetRequiredService<KnowledgeBase>(),
            sp.GetRequiredService<RecoveryKnowledge>()));
        services.AddSingleton(sp => GuideBook.Create(
            sp.GetRequiredService<KnowledgeBase>(),
            sp.GetRequiredService<RecoveryKnowledge>(),
            sp.GetRequiredService<LearningKnowledge>()));
        services.AddScoped<FormTrends>();
        return services;
    }
}

using Footfall.Assessment;
using Footfall.Assessment.Knowledge;

namespace Footfall.Web.Features.Assessment;

/// <summary>The knowledge base is loaded and validated once at start-up; the engine is immutable and shared.</summary>
public static class AssessmentSetup
{
    public static IServiceCollection AddFootfallAssessment(this IServiceCollection services)
    {
        services.AddSingleton(sp => KnowledgeBase.Load(KnowledgeLocation.Resolve(sp.GetRequiredService<IConfiguration>()[KnowledgeLocation.ConfigurationKey])));
        services.AddSingleton(sp => new AssessmentEngine(sp.GetRequiredService<KnowledgeBase>()));
        services.AddSingleton<InterviewStateProtector>();
        services.AddSingleton<InterviewCookie>();
        return services;
    }
}

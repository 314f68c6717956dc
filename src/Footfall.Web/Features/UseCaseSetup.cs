using Footfall.Web.Features.Assessment;
using Footfall.Web.Features.Dashboard;
using Footfall.Web.Features.History;
using Footfall.Web.Features.Recovery;
using Footfall.Web.Features.Shoes;

namespace Footfall.Web.Features;

/// <summary>Registers every use case's handler and query type (one scope per request, like the DbContext they use).</summary>
public static class UseCaseSetup
{
    public static IServiceCollection AddFootfallUseCases(this IServiceCollection services)
    {
        services.AddScoped<SavedAssessments>();
        services.AddScoped<SaveAssessment.Handler>();
        services.AddScoped<ActivityList>();
        services.AddScoped<ActivityDetail>();
        services.AddScoped<TrainingLoad>();
        services.AddScoped<UploadImport>();
        services.AddScoped<ChangeActivity>();
        services.AddScoped<DeleteActivity>();
        services.AddScoped<ShoeList>();
        services.AddScoped<SaveShoe.Handler>();
        services.AddScoped<RetireShoe.Handler>();
        services.AddScoped<RemoveShoe.Handler>();
        services.AddScoped<AssignRuns.Handler>();
        services.AddScoped<StartPlan.Handler>();
        services.AddScoped<StopPlan.Handler>();
        services.AddScoped<RecordTestResults.Handler>();
        services.AddScoped<RecordCheckIn.Handler>();
        services.AddScoped<RecordQuestionnaire.Handler>();
        services.AddScoped<AppointmentList>();
        services.AddScoped<AddAppointment.Handler>();
        services.AddScoped<CancelAppointment.Handler>();
        services.AddScoped<DashboardSummary>();
        return services;
    }
}

using Footfall.Web.Features.Assessment;
using Footfall.Web.Features.Community;
using Footfall.Web.Features.Dashboard;
using Footfall.Web.Features.History;
using Footfall.Web.Features.Newsletter;
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

        services.AddScoped<CommunityRoles>();
        services.AddScoped<GrantRole.Handler>();
        services.AddScoped<CommunityBoard>();
        services.AddScoped<ModerationDesk>();
        services.AddScoped<AskQuestion.Handler>();
        services.AddScoped<AnswerQuestion.Handler>();
        services.AddScoped<ReportPost.Handler>();
        services.AddScoped<ModeratePost.Handler>();

        services.AddSingleton<NewsletterTokens>();
        services.AddSingleton<LearningCatalogue>();
        services.AddScoped<NewsletterMail>();
        services.AddScoped<NewsletterDesk>();
        services.AddScoped<Subscribe.Handler>();
        services.AddScoped<ConfirmSubscription.Handler>();
        services.AddScoped<Unsubscribe.Handler>();
        services.AddScoped<ComposeIssue.Handler>();
        services.AddScoped<SendIssue.Handler>();
        services.AddScoped<IssueDelivery>();

        // Issues go out in the background; a clustered job calling IssueDelivery.DeliverAsync can replace this worker.
        services.AddSingleton<IssueDispatch>();
        services.AddHostedService<IssueDispatchWorker>();
        return services;
    }
}

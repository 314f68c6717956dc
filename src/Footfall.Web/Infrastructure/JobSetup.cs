using Footfall.Data;
using Footfall.Web.Features.History;
using Footfall.Web.Features.Jobs;
using Quartz;

namespace Footfall.Web.Infrastructure;

/// <summary>
/// Background jobs on Quartz.NET. On PostgreSQL the schedule lives in Quartz's own tables in the same
/// database (created at start-up from Quartz's schema when missing) and every web node is a member of one
/// cluster: a job runs on one node, and the firings of a node that dies or is shut down mid-job are fired
/// again on another. On the embedded SQLite default (one process) the schedule is kept in memory, and
/// imports left unfinished by a restart are queued again at start-up; on a cluster <see cref="ImportResume"/>
/// also sweeps for imports whose node has left.
/// </summary>
public static class JobSetup
{
    /// <summary>The durable job every history import is a firing of.</summary>
    public static readonly JobKey HistoryImportKey = new("history-import", "footfall");

    public static WebApplicationBuilder AddFootfallJobs(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var configuration = builder.Configuration;
        var services = builder.Services;
        bool clustered;
        try
        {
            clustered = configuration.ReadDatabaseOptions().Provider == DatabaseProvider.PostgreSql
                && configuration.GetConnectionString(DataServiceCollectionExtensions.ConnectionStringName) is { Length: > 0 };
        }
        catch (DatabaseStartupException)
        {
            // A wrong database setting: PrepareDatabaseAsync names it and start-up ends before any job runs.
            clustered = false;
        }

        services.AddScoped<BackgroundImport>();
        services.AddScoped<ImportRun>();
        services.AddScoped<ImportStatus>();
        services.AddSingleton(new JobStoreKind(clustered));

        builder.AddQuartz(q =>
        {
            q.UseDefaultThreadPool(pool => pool.MaxConcurrency = configuration.GetValue("Jobs:MaxConcurrency", 2));
            if (clustered)
            {
                var connectionString = configuration.GetConnectionString(DataServiceCollectionExtensions.ConnectionStringName)!;
                q.UsePersistentStore(store =>
                {
                    store.UsePostgres(connectionString);
                    store.UseSystemTextJsonSerializer();
                    store.ProvisionSchema();
                    store.UseClustering(c =>
                    {
                        c.CheckinInterval = configuration.GetValue("Jobs:ClusterCheckinInterval", TimeSpan.FromSeconds(7.5));
                        c.CheckinMisfireThreshold = configuration.GetValue("Jobs:ClusterCheckinMisfireThreshold", TimeSpan.FromSeconds(15));
                    });
                    store.ConfigureStore(o => o.RecoverFiringsCancelledByShutdown = true);
                });
            }
            else
            {
                q.UseInMemoryStore();
            }

            q.AddJob<HistoryImportJob>(job => job.WithIdentity(HistoryImportKey).StoreDurably().RequestRecovery());
            q.ScheduleJob<ExpiredStateCleanup>(
                trigger => trigger.WithIdentity("expired-state-cleanup", "footfall").StartNow()
                    .WithSimpleSchedule(s => s.WithInterval(configuration.GetValue("Jobs:CleanupInterval", TimeSpan.FromHours(1))).RepeatForever()),
                job => job.WithIdentity("expired-state-cleanup", "footfall"));
            q.ScheduleJob<ReminderMail>(
                trigger => trigger.WithIdentity("reminder-mail", "footfall").StartNow()
                    .WithSimpleSchedule(s => s.WithInterval(configuration.GetValue("Jobs:ReminderInterval", TimeSpan.FromMinutes(15))).RepeatForever()),
                job => job.WithIdentity("reminder-mail", "footfall"));
            if (clustered)
            {
                q.ScheduleJob<ImportResume>(
                    trigger => trigger.WithIdentity(JobSetupNames.ResumeSweep, "footfall").StartNow()
                        .WithSimpleSchedule(s => s.WithInterval(configuration.GetValue("Jobs:ImportSweepInterval", TimeSpan.FromSeconds(30))).RepeatForever()),
                    job => job.WithIdentity("import-resume", "footfall"));
            }
            else
            {
                q.ScheduleJob<ImportResume>(trigger => trigger.WithIdentity(JobSetupNames.ResumeOnce, "footfall").StartNow(), job => job.WithIdentity("import-resume", "footfall"));
            }
        });
        builder.AddQuartzHostedService(options =>
        {
            // A shutdown asks running jobs to stop and waits for them: an import rolls back its current batch
            // and its firing is handed back for another node to carry on.
            options.WaitForJobsToComplete = true;
        });
        services.Configure<QuartzSchedulerOptions>(o =>
        {
            o.ShutdownJobInterruption = ShutdownJobInterruption.Always;

            // How soon a node notices a firing another node stored (a recovered import): Jobs:IdleWaitTime, default 5 s.
            o.IdleWaitTime = configuration.GetValue("Jobs:IdleWaitTime", TimeSpan.FromSeconds(5));
        });
        return builder;
    }
}

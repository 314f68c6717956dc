using Footfall.Care.Directory;

namespace Footfall.Web.Features.Care;

/// <summary>Care's services: the gazetteer (loaded once, lazily), the use cases and queries.</summary>
public static class CareSetup
{
    /// <summary>Configuration key for the gazetteer file; default <c>gazetteer/cities.tsv.gz</c> beside the binaries.</summary>
    public const string GazetteerPathKey = "Care:GazetteerPath";

    public static IServiceCollection AddFootfallCare(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var path = configuration[GazetteerPathKey] is { Length: > 0 } configured
            ? Path.GetFullPath(configured)
            : Path.Combine(AppContext.BaseDirectory, "gazetteer", "cities.tsv.gz");
        services.AddSingleton(_ =>
        {
            if (!File.Exists(path))
            {
                throw new FileNotFoundException($"The gazetteer file is missing at {path}; set {GazetteerPathKey} to gazetteer/cities.tsv.gz from the repository.", path);
            }

            using var file = File.OpenRead(path);
            return Gazetteer.Load(file);
        });
        services.AddScoped<CareAccess>();
        services.AddScoped<CareMail>();
        services.AddScoped<PractitionerSchedule>();
        services.AddScoped<BookAppointment>();
        services.AddScoped<CancelBooking>();
        services.AddScoped<JoinWaitlist>();
        services.AddScoped<CreateClinic>();
        services.AddScoped<InvitePractitioner>();
        services.AddScoped<AcceptInvitation>();
        services.AddScoped<ManageClinic>();
        services.AddScoped<ShareRecord>();
        services.AddScoped<CaseFile>();
        services.AddScoped<RecordExamination>();
        services.AddScoped<AdjustPlan>();
        services.AddScoped<PractitionerDirectory>();
        services.AddScoped<ClinicianSchedule>();
        services.AddScoped<FhirExport>();
        services.AddScoped<ClinicCatalog>();
        services.AddScoped<RunnerBookings>();
        services.AddScoped<SharingOverview>();
        return services;
    }
}

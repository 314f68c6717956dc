using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace Footfall.Web.Infrastructure;

/// <summary>
/// OpenTelemetry traces and metrics (ASP.NET Core, HttpClient, EF Core, .NET runtime, and the job
/// scheduler's own source), exported over OTLP only when an endpoint is configured:
/// <c>OTEL_EXPORTER_OTLP_ENDPOINT</c> (the standard variable, read with the other <c>OTEL_*</c> settings by
/// the exporter) or <c>Telemetry:OtlpEndpoint</c>. With neither, nothing is registered and nothing is
/// collected. Spans carry routes (<c>/History/Import/{id}</c>), never query strings or bodies, and EF Core
/// spans carry no statement text, so no health data leaves in telemetry.
/// </summary>
public static class TelemetrySetup
{
    public static WebApplicationBuilder AddFootfallTelemetry(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var configuration = builder.Configuration;
        var endpoint = configuration["Telemetry:OtlpEndpoint"] is { Length: > 0 } configured
            ? configured
            : configuration["OTEL_EXPORTER_OTLP_ENDPOINT"];
        if (string.IsNullOrWhiteSpace(endpoint) || !Uri.TryCreate(endpoint, UriKind.Absolute, out var otlp))
        {
            return builder;
        }

        builder.Services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService(
                serviceName: configuration["OTEL_SERVICE_NAME"] is { Length: > 0 } name ? name : "footfall-web",
                serviceInstanceId: Environment.MachineName + ":" + Environment.ProcessId))
            .WithTracing(tracing => tracing
                .AddAspNetCoreInstrumentation(o => o.Filter = http => !http.Request.Path.StartsWithSegments("/healthz", StringComparison.Ordinal))
                .AddHttpClientInstrumentation()
                .AddEntityFrameworkCoreInstrumentation()
                .AddSource("Quartz")
                .AddOtlpExporter(o => o.Endpoint = otlp))
            .WithMetrics(metrics => metrics
                .AddAspNetCoreInstrumentation()
                .AddHttpClientInstrumentation()
                .AddRuntimeInstrumentation()
                .AddMeter("Microsoft.EntityFrameworkCore", "Quartz")
                .AddOtlpExporter(o => o.Endpoint = otlp));
        return builder;
    }
}

using OpenTelemetry;
using Orleans.Diagnostics;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace LuckyFive.Hosting;

/// <summary>
/// Metrics for <c>/metrics</c> in Prometheus text through OpenTelemetry, from Orleans' meter, LuckyFive's and
/// ASP.NET Core's; with <c>OTEL_EXPORTER_OTLP_ENDPOINT</c> set (environment or configuration), the same metrics,
/// grain-call and request spans and logs also go to that collector (<c>OTEL_EXPORTER_OTLP_PROTOCOL</c>:
/// <c>grpc</c> or <c>http/protobuf</c>).
/// </summary>
public static class Telemetry
{
    /// <summary>LuckyFive's own meter; product grains record their figures on it.</summary>
    public const string MeterName = "LuckyFive";

    /// <summary>The configuration key of the OTLP collector's address.</summary>
    public const string OtlpEndpointKey = "OTEL_EXPORTER_OTLP_ENDPOINT";

    /// <summary>The meters every LuckyFive process exposes.</summary>
    public static IReadOnlyList<string> Meters { get; } =
        ["Microsoft.Orleans", MeterName, "Microsoft.AspNetCore.Hosting", "Microsoft.AspNetCore.Server.Kestrel"];

    /// <summary>The span sources exported over OTLP besides HTTP requests: grain calls (Orleans' activity propagation).</summary>
    public static IReadOnlyList<string> TraceSources { get; } =
        [ActivitySources.ApplicationGrainActivitySourceName, ActivitySources.RuntimeActivitySourceName];

    /// <summary>Adds metrics (always) and OTLP export (when configured) to a process named <paramref name="serviceName"/>.</summary>
    /// <exception cref="LuckyFiveConfigurationException">The OTLP endpoint is not an absolute URI.</exception>
    public static IHostApplicationBuilder AddLuckyFiveTelemetry(this IHostApplicationBuilder builder, string serviceName)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var telemetry = builder.Services.AddOpenTelemetry()
            .ConfigureResource(r => r.AddService(serviceName))
            .WithMetrics(m => m.AddMeter([.. Meters]).AddPrometheusExporter());
        if (builder.Configuration[OtlpEndpointKey] is { Length: > 0 } endpoint)
        {
            if (!Uri.TryCreate(endpoint, UriKind.Absolute, out _))
            {
                throw new LuckyFiveConfigurationException($"{OtlpEndpointKey} must be an absolute URI such as http://127.0.0.1:4317, not '{endpoint}'.");
            }

            // Request spans are named "{method} {route}" by the ASP.NET Core instrumentation.
            telemetry.WithTracing(t => t.AddAspNetCoreInstrumentation().AddSource([.. TraceSources])).UseOtlpExporter();
        }

        return builder;
    }
}

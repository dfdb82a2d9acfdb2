using LuckyFive.Runtime;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using OpenTelemetry;
using OpenTelemetry.Exporter;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace LuckyFive.Runtime.OpenTelemetry;

/// <summary>
/// Sends the process's grain-call spans and its runtime and ASP.NET Core metrics to an OpenTelemetry collector
/// when <c>OTEL_EXPORTER_OTLP_ENDPOINT</c> is set (environment or configuration), over
/// <c>OTEL_EXPORTER_OTLP_PROTOCOL</c> <c>grpc</c> (the default) or <c>http/protobuf</c>. Without it nothing is
/// exported and nothing is collected.
/// </summary>
public static class OtlpExport
{
    /// <summary>The configuration key of the collector's address.</summary>
    public const string EndpointKey = "OTEL_EXPORTER_OTLP_ENDPOINT";

    /// <summary>The configuration key of the protocol.</summary>
    public const string ProtocolKey = "OTEL_EXPORTER_OTLP_PROTOCOL";

    /// <summary>
    /// The meters of a LuckyFive web host: the runtime's and ASP.NET Core's request and server meters. Exported
    /// here, and what a host's <c>/metrics</c> can expose too.
    /// </summary>
    public static IReadOnlyList<string> HostMeters { get; } = [RuntimeMetrics.MeterName, "Microsoft.AspNetCore.Hosting", "Microsoft.AspNetCore.Server.Kestrel"];

    /// <summary>
    /// Adds OTLP export named <paramref name="serviceName"/> when an endpoint is configured; returns whether it did.
    /// The providers flush what they hold when the host disposes them at shutdown.
    /// </summary>
    public static bool AddLuckyFiveOtlpExport(this IHostApplicationBuilder builder, string serviceName)
    {
        ArgumentNullException.ThrowIfNull(builder);
        if (builder.Configuration[EndpointKey] is not { Length: > 0 } endpoint)
        {
            return false;
        }

        if (!Uri.TryCreate(endpoint, UriKind.Absolute, out var baseUri))
        {
            throw new InvalidOperationException($"{EndpointKey} must be an absolute URI such as http://127.0.0.1:4317, not '{endpoint}'.");
        }

        var protocol = builder.Configuration[ProtocolKey] switch
        {
            null or "" or "grpc" => OtlpExportProtocol.Grpc,
            "http/protobuf" => OtlpExportProtocol.HttpProtobuf,
            var other => throw new InvalidOperationException($"{ProtocolKey} must be 'grpc' or 'http/protobuf', not '{other}'."),
        };
        var resource = ResourceBuilder.CreateDefault().AddService(serviceName);

        // Over HTTP each signal has its own path under the base address; over gRPC the address is used as it is.
        Action<OtlpExporterOptions> Exporter(string signal) => o =>
        {
            o.Protocol = protocol;
            o.Endpoint = protocol == OtlpExportProtocol.HttpProtobuf ? new Uri(baseUri, $"{baseUri.AbsolutePath.TrimEnd('/')}/v1/{signal}") : baseUri;
        };

        var tracing = Sdk.CreateTracerProviderBuilder()
            .SetResourceBuilder(resource)
            .AddSource(GrainCallActivities.ApplicationSourceName)
            .AddSource("Microsoft.AspNetCore")
            .AddOtlpExporter(Exporter("traces"))
            .Build();
        var metrics = Sdk.CreateMeterProviderBuilder()
            .SetResourceBuilder(resource)
            .AddMeter([.. HostMeters])
            .AddOtlpExporter(Exporter("metrics"))
            .Build();
        builder.Services.AddHostedService(sp => new FlushAtShutdown(tracing, metrics, sp.GetRequiredService<IHostApplicationLifetime>()));
        return true;
    }

    /// <summary>Flushes and ends the providers once the host has stopped, so the spans of shutdown go out too.</summary>
    private sealed class FlushAtShutdown(TracerProvider tracing, MeterProvider metrics, IHostApplicationLifetime lifetime) : IHostedService
    {
        public Task StartAsync(CancellationToken cancellationToken)
        {
            lifetime.ApplicationStopped.Register(() =>
            {
                tracing.Dispose();
                metrics.Dispose();
            });
            return Task.CompletedTask;
        }

        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    }
}

using System.Text.Json;
using LuckyFive.Runtime;
using LuckyFive.Runtime.OpenTelemetry;
using LuckyFive.Runtime.Postgres.Hosting;

namespace LuckyFive.Api;

/// <summary>Builds the API process: the cluster connection (client or co-hosted silo), then the HTTP surface.</summary>
public static class ApiHost
{
    /// <summary>Where the API listens unless <c>--urls</c> (or <c>ASPNETCORE_URLS</c>) says otherwise.</summary>
    public const string DefaultUrl = "http://127.0.0.1:8080";

    /// <summary>The flag that runs a silo inside the API process.</summary>
    public const string CohostFlag = "--cohost";

    /// <summary>Builds the API from command-line arguments.</summary>
    public static WebApplication Build(string[] args)
    {
        ArgumentNullException.ThrowIfNull(args);
        var cohost = args.Contains(CohostFlag, StringComparer.Ordinal);
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            Args = args.Where(a => a != CohostFlag).ToArray(),
            ContentRootPath = AppContext.BaseDirectory,
        });
        if (string.IsNullOrEmpty(builder.Configuration[WebHostDefaults.ServerUrlsKey]))
        {
            builder.WebHost.UseUrls(DefaultUrl);
        }

        if (cohost)
        {
            builder.AddLuckyFiveSilo(silo => silo.AddActivityPropagation());
        }
        else
        {
            builder.AddLuckyFiveClient(client => client.AddActivityPropagation());
        }

        builder.Services.AddSingleton(new ApiMode(cohost));
        builder.AddLuckyFiveOtlpExport("luckyfive-api");
        builder.Services.AddProblemDetails();
        builder.Services.AddExceptionHandler<ClusterUnavailableHandler>();
        builder.Services.AddOpenApi();
        builder.Services.ConfigureHttpJsonOptions(o => o.SerializerOptions.PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower);
        builder.Services.AddSingleton(sp => new PrometheusMetrics(OtlpExport.HostMeters, sp.GetRequiredService<System.Diagnostics.Metrics.IMeterFactory>()));

        var app = builder.Build();
        _ = app.Services.GetRequiredService<PrometheusMetrics>(); // Listening from the start: past adds are not replayed.
        app.UseSecurityHeaders();
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseRouting();
        app.UseRequestSpanNames();
        app.MapOpenApi();
        app.MapHealthEndpoints();
        app.MapClusterEndpoints();
        return app;
    }
}

/// <summary>Whether this process co-hosts a silo or is a client of the cluster.</summary>
internal sealed record ApiMode(bool Cohost);

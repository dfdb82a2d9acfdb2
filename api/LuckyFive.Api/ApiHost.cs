using System.Text.Json;
using System.Text.Json.Serialization;
using LuckyFive.Api.Endpoints;
using LuckyFive.Api.Security;
using LuckyFive.Api.Ui;
using LuckyFive.Hosting;
using Orleans.Dashboard;

namespace LuckyFive.Api;

/// <summary>Builds the API process: the cluster connection (client or co-hosted silo), then the HTTP surface.</summary>
public static class ApiHost
{
    /// <summary>Where the API listens unless <c>--urls</c> (or <c>ASPNETCORE_URLS</c>) says otherwise.</summary>
    public const string DefaultUrl = "http://127.0.0.1:8080";

    /// <summary>The flag that runs a silo inside the API process.</summary>
    public const string CohostFlag = "--cohost";

    /// <summary>Where the Orleans dashboard is served.</summary>
    public const string DashboardPath = "/dashboard";

    /// <summary>Builds the API from command-line arguments.</summary>
    /// <exception cref="LuckyFiveConfigurationException">The configuration is not valid; the message names every bad key.</exception>
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
            builder.AddLuckyFiveSilo();
        }
        else
        {
            builder.AddLuckyFiveClient();
        }

        builder.Services.AddSingleton(new ApiMode(cohost));
        builder.Services.AddSingleton<FinalSimulationViews>();
        builder.Services.AddSingleton<SweepConfigStore>();
        builder.Services.AddSingleton<SavedConfigStore>();
        builder.AddLuckyFiveTelemetry("luckyfive-api");
        builder.Services.AddProblemDetails();
        builder.Services.AddExceptionHandler<ClusterUnavailableHandler>();
        builder.Services.AddOpenApi();
        builder.Services.AddRazorComponents();
        builder.Services.ConfigureHttpJsonOptions(o =>
        {
            o.SerializerOptions.PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower;
            o.SerializerOptions.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower));
        });
        builder.AddApiSecurity();

        var app = builder.Build();
        app.UseSecurityHeaders();
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseApiSecurity();
        app.MapApiDocs();
        app.MapHealthEndpoints();
        app.MapKeysEndpoints();
        app.MapHealthV1Endpoints();
        app.MapClusterEndpoints();
        app.MapSimulationsEndpoints();
        app.MapLedgersEndpoints();
        app.MapPresetsEndpoints();
        app.MapConfigsEndpoints();
        app.MapSweepsEndpoints();
        app.MapSweepConfigsEndpoints();
        app.MapComparisonsEndpoints();
        app.MapLeaderboardsEndpoints();
        app.MapResultsEndpoints();
        app.MapUiEndpoints();
        app.MapOrleansDashboard(routePrefix: DashboardPath).ExcludeFromDescription().RequireAuthorization(ApiPolicies.Admin);
        return app;
    }
}

/// <summary>Whether this process co-hosts a silo or is a client of the cluster.</summary>
internal sealed record ApiMode(bool Cohost);

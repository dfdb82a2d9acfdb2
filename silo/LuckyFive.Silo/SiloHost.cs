using System.Text.Json;
using LuckyFive.Runtime;
using LuckyFive.Runtime.OpenTelemetry;
using LuckyFive.Runtime.Postgres.Hosting;

namespace LuckyFive.Silo;

/// <summary>Builds the silo process: the silo itself, then its HTTP endpoints for operators.</summary>
public static class SiloHost
{
    /// <summary>Where the HTTP endpoints listen unless <c>--urls</c> (or <c>ASPNETCORE_URLS</c>) says otherwise.</summary>
    public const string DefaultUrl = "http://127.0.0.1:11180";

    /// <summary>Builds the silo process from command-line arguments; <paramref name="configure"/> can add services or grains.</summary>
    public static WebApplication Build(string[] args, Action<ISiloBuilder>? configure = null)
    {
        // appsettings.json is read from beside the executable, wherever it is started from.
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ContentRootPath = AppContext.BaseDirectory });
        if (string.IsNullOrEmpty(builder.Configuration[WebHostDefaults.ServerUrlsKey]))
        {
            builder.WebHost.UseUrls(DefaultUrl);
        }

        builder.AddLuckyFiveSilo(silo =>
        {
            silo.AddActivityPropagation();
            configure?.Invoke(silo);
        });
        builder.AddLuckyFiveOtlpExport("luckyfive-silo");
        builder.Services.AddProblemDetails();
        builder.Services.ConfigureHttpJsonOptions(o => o.SerializerOptions.PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower);
        builder.Services.AddSingleton(sp => new PrometheusMetrics([RuntimeMetrics.MeterName], sp.GetRequiredService<System.Diagnostics.Metrics.IMeterFactory>()));

        var app = builder.Build();
        _ = app.Services.GetRequiredService<PrometheusMetrics>(); // Listening from the start: a counter's past adds are not replayed.
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.MapOperatorEndpoints();
        return app;
    }
}

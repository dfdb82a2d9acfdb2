using System.Text.Json;
using LuckyFive.Hosting;

namespace LuckyFive.Silo;

/// <summary>Builds the silo process: the Orleans silo, then its HTTP endpoints for operators.</summary>
public static class SiloHost
{
    /// <summary>Where the HTTP endpoints listen unless <c>--urls</c> (or <c>ASPNETCORE_URLS</c>) says otherwise.</summary>
    public const string DefaultUrl = "http://127.0.0.1:11180";

    /// <summary>Builds the silo process from command-line arguments; <paramref name="configure"/> can add to the silo.</summary>
    /// <exception cref="LuckyFiveConfigurationException">The configuration is not valid; the message names every bad key.</exception>
    public static WebApplication Build(string[] args, Action<ISiloBuilder>? configure = null)
    {
        // appsettings.json is read from beside the executable, wherever it is started from.
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ContentRootPath = AppContext.BaseDirectory });
        if (string.IsNullOrEmpty(builder.Configuration[WebHostDefaults.ServerUrlsKey]))
        {
            builder.WebHost.UseUrls(DefaultUrl);
        }

        builder.AddLuckyFiveSilo(configure);
        builder.AddLuckyFiveTelemetry("luckyfive-silo");
        builder.Services.AddProblemDetails();
        builder.Services.ConfigureHttpJsonOptions(o => o.SerializerOptions.PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower);

        var app = builder.Build();
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.MapOperatorEndpoints();
        return app;
    }
}

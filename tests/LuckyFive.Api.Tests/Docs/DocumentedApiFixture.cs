using LuckyFive.Api.Security;
using LuckyFive.Api.Tests.Security;
using LuckyFive.GrainInterfaces.Draws;
using LuckyFive.TestSupport;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace LuckyFive.Api.Tests.Docs;

/// <summary>
/// A co-hosted API holding the official draws, for running the requests the documentation shows: its address, a
/// runner key and the admin key, as a reader of the docs would have them.
/// </summary>
public sealed class DocumentedApiFixture : IAsyncLifetime
{
    private readonly PostgresFixture _postgres = new();
    private RunningApp? _api;

    public Uri Address => _api?.Http.BaseAddress ?? throw new InvalidOperationException("The API has not started.");

    public string RunnerKey { get; private set; } = "";

    public static string AdminKey => ApiKeys.BootstrapAdminKey;

    /// <summary>Method and route of every endpoint the OpenAPI document describes (route parameters without constraints).</summary>
    public IReadOnlyList<(string Method, string Route)> DescribedEndpoints =>
        (_api ?? throw new InvalidOperationException("The API has not started.")).App.Services.GetRequiredService<EndpointDataSource>().Endpoints
            .OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<IExcludeFromDescriptionMetadata>() is not { ExcludeFromDescription: true })
            .SelectMany(e => (e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? []).Select(m => (m, "/" + e.RoutePattern.RawText!.TrimStart('/'))))
            .ToList();

    public async Task InitializeAsync()
    {
        await _postgres.InitializeAsync();
        var connectionString = await _postgres.Server.CreateDatabaseAsync();
        _api = await RunningApp.StartAsync(ApiHost.Build(RunningApp.Arguments(connectionString, $"c{Guid.NewGuid():N}", ApiHost.CohostFlag)));
        var import = await _api.App.Services.GetRequiredService<IClusterClient>().GetDrawImportGrain()
            .ImportAsync(await File.ReadAllBytesAsync(QuinaData.Workbook), "Quina.xlsx");
        if (import.FileProblem is not null)
        {
            throw new InvalidOperationException(import.FileProblem);
        }

        RunnerKey = await ApiKeys.CreateAsync(_api, ApiPolicies.Runner, "docs");
    }

    public async Task DisposeAsync()
    {
        if (_api is not null)
        {
            await _api.DisposeAsync();
        }

        await _postgres.DisposeAsync();
    }
}

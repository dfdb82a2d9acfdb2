using LuckyFive.Api.Security;
using LuckyFive.Api.Tests.Security;
using LuckyFive.GrainInterfaces.Draws;
using LuckyFive.TestSupport;
using Microsoft.Extensions.DependencyInjection;

namespace LuckyFive.Api.Tests.Simulations;

/// <summary>A co-hosted API on its own PostgreSQL holding the official draws, with a reader and a runner key.</summary>
public sealed class SimulationsApiFixture : IAsyncLifetime
{
    private readonly PostgresFixture _postgres = new();
    private RunningApp? _api;

    public RunningApp Api => _api ?? throw new InvalidOperationException("The API has not started.");

    public HttpClient Reader { get; private set; } = null!;

    public HttpClient Runner { get; private set; } = null!;

    public HttpClient Admin { get; private set; } = null!;

    public string ReaderKey { get; private set; } = "";

    public string RunnerKey { get; private set; } = "";

    public string ConnectionString { get; private set; } = "";

    public async Task InitializeAsync()
    {
        await _postgres.InitializeAsync();
        ConnectionString = await _postgres.Server.CreateDatabaseAsync();
        _api = await RunningApp.StartAsync(ApiHost.Build(RunningApp.Arguments(ConnectionString, $"c{Guid.NewGuid():N}", ApiHost.CohostFlag)));
        var import = await Api.App.Services.GetRequiredService<IClusterClient>().GetDrawImportGrain()
            .ImportAsync(await File.ReadAllBytesAsync(QuinaData.Workbook), "Quina.xlsx");
        if (import.FileProblem is not null)
        {
            throw new InvalidOperationException(import.FileProblem);
        }

        ReaderKey = await ApiKeys.CreateAsync(Api, ApiPolicies.Reader);
        RunnerKey = await ApiKeys.CreateAsync(Api, ApiPolicies.Runner);
        Reader = ApiKeys.Client(Api, ReaderKey);
        Runner = ApiKeys.Client(Api, RunnerKey);
        Admin = ApiKeys.AdminClient(Api);
    }

    public Task<T?> ScalarAsync<T>(string sql, params object[] parameters) => Sql.ScalarAsync<T>(ConnectionString, sql, parameters);

    public async Task DisposeAsync()
    {
        Reader?.Dispose();
        Runner?.Dispose();
        Admin?.Dispose();
        if (_api is not null)
        {
            await _api.DisposeAsync();
        }

        await _postgres.DisposeAsync();
    }
}

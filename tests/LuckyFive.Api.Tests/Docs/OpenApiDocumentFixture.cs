using System.Text.Json;
using LuckyFive.TestSupport;

namespace LuckyFive.Api.Tests.Docs;

/// <summary>The OpenAPI document a co-hosted API on an empty database serves at <c>/openapi/v1.json</c>, asked for without a key.</summary>
public sealed class OpenApiDocumentFixture : IAsyncLifetime
{
    private readonly PostgresFixture _postgres = new();
    private JsonDocument? _document;

    public JsonElement Document => _document?.RootElement ?? throw new InvalidOperationException("The document has not been fetched.");

    public async Task InitializeAsync()
    {
        await _postgres.InitializeAsync();
        var connectionString = await _postgres.Server.CreateDatabaseAsync();
        await using var api = await RunningApp.StartAsync(ApiHost.Build(RunningApp.Arguments(connectionString, $"c{Guid.NewGuid():N}", ApiHost.CohostFlag)));
        _document = JsonDocument.Parse(await api.Http.GetStringAsync(new Uri("/openapi/v1.json", UriKind.Relative)));
    }

    public async Task DisposeAsync()
    {
        _document?.Dispose();
        await _postgres.DisposeAsync();
    }
}

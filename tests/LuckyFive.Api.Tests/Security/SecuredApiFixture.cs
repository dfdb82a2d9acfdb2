using LuckyFive.Api.Security;
using LuckyFive.TestSupport;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace LuckyFive.Api.Tests.Security;

/// <summary>
/// A co-hosted API on its own PostgreSQL with a short key cache, plus one probe endpoint per policy (excluded from
/// the OpenAPI document) so the role order can be tested without product endpoints.
/// </summary>
public sealed class SecuredApiFixture : IAsyncLifetime
{
    public const int KeyCacheSeconds = 2;

    private readonly PostgresFixture _postgres = new();
    private RunningApp? _api;
    private HttpClient? _admin;

    public RunningApp Api => _api ?? throw new InvalidOperationException("The API has not started.");

    public HttpClient Admin => _admin ??= ApiKeys.AdminClient(Api);

    public PostgresServer Postgres => _postgres.Server;

    public string ConnectionString { get; private set; } = "";

    public static string ProbePath(string policy) => $"/test/{policy}";

    public async Task InitializeAsync()
    {
        await _postgres.InitializeAsync();
        ConnectionString = await _postgres.Server.CreateDatabaseAsync();
        var app = ApiHost.Build(RunningApp.Arguments(
            ConnectionString, $"c{Guid.NewGuid():N}", ApiHost.CohostFlag, $"--LuckyFive:Api:KeyCacheSeconds={KeyCacheSeconds}"));
        MapProbes(app);
        _api = await RunningApp.StartAsync(app);
    }

    /// <summary>Runs one statement against the API's database, as another process would.</summary>
    public Task<T?> ScalarAsync<T>(string sql, params object[] parameters) => Sql.ScalarAsync<T>(ConnectionString, sql, parameters);

    public async Task DisposeAsync()
    {
        _admin?.Dispose();
        if (_api is not null)
        {
            await _api.DisposeAsync();
        }

        await _postgres.DisposeAsync();
    }

    private static void MapProbes(IEndpointRouteBuilder app)
    {
        foreach (var policy in new[] { ApiPolicies.Reader, ApiPolicies.Runner, ApiPolicies.Admin })
        {
            app.MapGet(ProbePath(policy), (HttpContext context) => context.User.Identity!.Name).RequireAuthorization(policy).ExcludeFromDescription();
        }
    }
}

[CollectionDefinition(Name)]
public sealed class SecuredApiTests : ICollectionFixture<SecuredApiFixture>
{
    public const string Name = "Secured API";
}

using LuckyFive.Api.Security;
using LuckyFive.TestSupport;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

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

    /// <summary>What <c>/test/throw</c>'s exception says; no answer may repeat it.</summary>
    public const string SecretMessage = "SELECT password FROM secrets WHERE user = 'admin'";

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

    private static void MapProbes(WebApplication app)
    {
        foreach (var policy in new[] { ApiPolicies.Reader, ApiPolicies.Runner, ApiPolicies.Admin })
        {
            app.MapGet(ProbePath(policy), (HttpContext context) => context.User.Identity!.Name).RequireAuthorization(policy).ExcludeFromDescription();
        }

        var probes = app.MapGroup("/test").AllowAnonymous().ExcludeFromDescription();
        probes.MapGet("/throw", string () => throw new InvalidOperationException(SecretMessage));
        probes.MapGet("/sql-error", async (LuckyFive.Hosting.LuckyFiveDatabase database) =>
        {
            await using var command = database.DataSource.CreateCommand("SELECT secret_column FROM no_such_table");
            return await command.ExecuteScalarAsync();
        });
        probes.MapPost("/json", (JsonProbe body) => body.Text.Length);
        probes.MapPost("/import", async (HttpRequest request) =>
        {
            using var sink = new MemoryStream();
            await request.Body.CopyToAsync(sink);
            return sink.Length;
        }).WithImportBodyLimit();
    }
}

[CollectionDefinition(Name)]
public sealed class SecuredApiTests : ICollectionFixture<SecuredApiFixture>
{
    public const string Name = "Secured API";
}

public sealed record JsonProbe(string Text);

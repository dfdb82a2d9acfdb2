using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json;
using LuckyFive.TestSupport;

namespace LuckyFive.Cluster.Tests.Product;

/// <summary>
/// LuckyFive as it is deployed: a PostgreSQL migrated by <c>luckyfive-silo --migrate-only</c>, two
/// <c>luckyfive-silo</c> processes and a <c>luckyfive-api</c> process as their cluster client, the official draws
/// imported through the API. Tests talk HTTP only, with a runner key, and may kill, freeze or add silos.
/// </summary>
public sealed class ProductCluster : IAsyncLifetime
{
    /// <summary>The API's first admin key; a test key, never a secret.</summary>
    public const string AdminKey = "lf_product-cluster-admin-key-not-a-secret-0123";
    private readonly PostgresFixture _postgres = new();
    private readonly string _clusterId = $"c{Guid.NewGuid():N}";
    private readonly List<ProductProcess> _silos = [];
    private readonly Dictionary<ProductProcess, int> _siloPorts = [];
    private ProductProcess? _api;
    private string _connectionString = "";

    public HttpClient Runner { get; private set; } = null!;

    public HttpClient Admin { get; private set; } = null!;

    internal IReadOnlyList<ProductProcess> Silos => _silos;

    /// <summary>The port a silo talks to its peers on, which its address in the membership table carries.</summary>
    internal int SiloPortOf(ProductProcess silo)
    {
        lock (_silos)
        {
            return _siloPorts[silo];
        }
    }

    /// <summary>The API's address.</summary>
    public Uri Api => _api!.Http;

    /// <summary>The runner key <see cref="Runner"/> sends.</summary>
    public string RunnerKey { get; private set; } = "";

    public async Task InitializeAsync()
    {
        await _postgres.InitializeAsync();
        _connectionString = await _postgres.Server.CreateDatabaseAsync();
        await MigrateAsync();
        await Task.WhenAll(StartSiloAsync(), StartSiloAsync());
        _api = await ProductProcess.StartAsync("api", "luckyfive-api.dll", FreePort.Next(),
            [.. Shared(), $"--LuckyFive:Api:BootstrapAdminKey={AdminKey}"]);
        Admin = Client(AdminKey);
        using (var import = new MultipartFormDataContent())
        {
            import.Add(new ByteArrayContent(await File.ReadAllBytesAsync(QuinaData.Workbook)), "file", "Quina.xlsx");
            using var imported = await Admin.PostAsync(new Uri("/api/v1/results/import", UriKind.Relative), import);
            imported.EnsureSuccessStatusCode();
        }

        using var created = await Admin.PostAsJsonAsync(new Uri("/api/v1/keys", UriKind.Relative), new { name = "tests", role = "runner" });
        RunnerKey = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("key").GetString()!;
        Runner = Client(RunnerKey);
    }

    /// <summary>Starts one more silo of the cluster and waits until it is ready.</summary>
    internal async Task<ProductProcess> StartSiloAsync()
    {
        var siloPort = FreePort.Next();
        var silo = await ProductProcess.StartAsync($"silo-{_silos.Count}", "luckyfive-silo.dll", FreePort.Next(),
            [.. Shared(), "--LuckyFive:MigrateOnStart=false", $"--LuckyFive:SiloPort={siloPort}", $"--LuckyFive:GatewayPort={FreePort.Next()}"]);
        lock (_silos)
        {
            _silos.Add(silo);
            _siloPorts[silo] = siloPort;
        }

        return silo;
    }

    /// <summary>Submits a simulation and returns its id.</summary>
    public async Task<string> SubmitAsync(object request)
    {
        using var submitted = await Runner.PostAsJsonAsync(new Uri("/api/v1/simulations", UriKind.Relative), request);
        var body = await submitted.Content.ReadFromJsonAsync<JsonElement>();
        return submitted.IsSuccessStatusCode ? body.GetProperty("id").GetString()! : throw new InvalidOperationException(body.ToString());
    }

    /// <summary>The simulation as the API shows it now.</summary>
    public async Task<JsonElement> GetAsync(string id) =>
        await Runner.GetFromJsonAsync<JsonElement>(new Uri($"/api/v1/simulations/{id}", UriKind.Relative));

    /// <summary>Polls until the simulation is final (with its summary when it has one); the API answers 503 while the cluster settles after a failure.</summary>
    public async Task<JsonElement> WaitForFinalAsync(string id, TimeSpan limit)
    {
        var clock = Stopwatch.StartNew();
        JsonElement last = default;
        while (clock.Elapsed < limit)
        {
            using var response = await Runner.GetAsync(new Uri($"/api/v1/simulations/{id}", UriKind.Relative));
            if (response.IsSuccessStatusCode)
            {
                last = await response.Content.ReadFromJsonAsync<JsonElement>();
                var state = last.GetProperty("state").GetString();
                if (state is "failed" or "cancelled" || (state is "completed" or "bankrupt" && last.GetProperty("summary").ValueKind == JsonValueKind.Object))
                {
                    return last;
                }
            }

            await Task.Delay(200);
        }

        throw new TimeoutException($"Simulation {id} is not final after {limit.TotalSeconds:F0} s: {last}");
    }

    /// <summary>Polls until <paramref name="condition"/> holds for the simulation.</summary>
    public async Task WaitUntilAsync(string id, Func<JsonElement, bool> condition, TimeSpan limit)
    {
        var clock = Stopwatch.StartNew();
        while (!condition(await GetAsync(id)))
        {
            if (clock.Elapsed > limit)
            {
                throw new TimeoutException($"Simulation {id}: condition not met after {limit.TotalSeconds:F0} s: {await GetAsync(id)}");
            }

            await Task.Delay(50);
        }
    }

    public async Task DisposeAsync()
    {
        Runner?.Dispose();
        Admin?.Dispose();
        if (_api is not null)
        {
            await _api.DisposeAsync();
        }

        await Task.WhenAll(_silos.Select(s => s.DisposeAsync().AsTask()));
        await _postgres.DisposeAsync();
    }

    private string[] Shared() =>
    [
        $"--LuckyFive:ConnectionString={_connectionString}",
        $"--LuckyFive:ClusterId={_clusterId}",
        $"--LuckyFive:ServiceId={_clusterId}",
        "--Logging:LogLevel:Default=Warning",
    ];

    private HttpClient Client(string key)
    {
        var client = new HttpClient { BaseAddress = _api!.Http, Timeout = TimeSpan.FromSeconds(60) };
        client.DefaultRequestHeaders.Add("X-Api-Key", key);
        return client;
    }

    private async Task MigrateAsync()
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "luckyfive-silo.dll"));
        start.ArgumentList.Add("--migrate-only");
        start.ArgumentList.Add($"--LuckyFive:ConnectionString={_connectionString}");
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"--migrate-only exited with {process.ExitCode}: {await output}{await error}");
        }
    }
}

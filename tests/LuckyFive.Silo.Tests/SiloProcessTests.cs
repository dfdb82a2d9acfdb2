using System.Diagnostics;
using System.Net;
using System.Text.Json;
using LuckyFive.TestSupport;
using Npgsql;

namespace LuckyFive.Silo.Tests;

/// <summary>The silo executable as operators run it: its own process, stopped by a signal.</summary>
public sealed class SiloProcessTests(PostgresFixture postgres) : IClassFixture<PostgresFixture>
{
    private static readonly string SiloAssembly = Path.Combine(AppContext.BaseDirectory, "luckyfive-silo.dll");

    [Fact]
    public async Task DatabaseDropped_ReadyzAnswers503AndSigtermStillStopsTheProcessWithinItsBudget()
    {
        var connectionString = await postgres.Server.CreateDatabaseAsync();
        var url = $"http://127.0.0.1:{FreePort.Next()}";
        using var silo = Start([.. RunningSilo.Arguments(connectionString).Where(a => !a.StartsWith("--urls", StringComparison.Ordinal)), $"--urls={url}", "--LuckyFive:ShutdownBudgetSeconds=5"]);
        try
        {
            using var http = new HttpClient { BaseAddress = new Uri(url) };
            await WaitUntilReadyAsync(http, silo);
            await DropDatabaseAsync(connectionString);

            var response = await http.GetAsync(new Uri("/readyz", UriKind.Relative));
            using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
            Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
            Assert.Contains("database does not answer", problem.RootElement.GetProperty("detail").GetString(), StringComparison.Ordinal);

            var stopping = Stopwatch.StartNew();
            Signal(silo, "TERM");
            using var limit = new CancellationTokenSource(TimeSpan.FromSeconds(30));
            await silo.WaitForExitAsync(limit.Token);
            Assert.True(stopping.Elapsed < TimeSpan.FromSeconds(15), $"stopped after {stopping.Elapsed.TotalSeconds:F1} s");
        }
        finally
        {
            if (!silo.HasExited)
            {
                silo.Kill();
            }
        }
    }

    [Fact]
    public async Task MigrateOnly_FreshDatabaseThenAgain_AppliesEverythingOnceAndExits()
    {
        var connectionString = await postgres.Server.CreateDatabaseAsync();

        var (firstCode, first) = await RunToEndAsync($"--LuckyFive:ConnectionString={connectionString}", "--migrate-only");
        var (secondCode, second) = await RunToEndAsync($"--LuckyFive:ConnectionString={connectionString}", "--migrate-only");

        Assert.Equal(0, firstCode);
        Assert.Contains("applied luckyfive/0002_orleans_clustering", first, StringComparison.Ordinal);
        Assert.Matches(@"schema up to date: [1-9]\d* applied, 0 already applied", first);
        Assert.Equal(0, secondCode);
        Assert.Matches(@"schema up to date: 0 applied, [1-9]\d* already applied", second);
    }

    [Fact]
    public async Task Start_NoConnectionString_ExitsWithCode2NamingTheKey()
    {
        var (code, output) = await RunToEndAsync("--LuckyFive:SiloPort=0");

        Assert.Equal(2, code);
        Assert.Contains("error: Invalid configuration: LuckyFive:ConnectionString is required", output, StringComparison.Ordinal);
        Assert.Contains("LuckyFive:SiloPort must be 1..65535 (got 0)", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Start_DatabaseUnreachable_ExitsWithCode1InOneLine()
    {
        var (code, output) = await RunToEndAsync(
            $"--LuckyFive:ConnectionString=Host=127.0.0.1;Port={FreePort.Next()};Username=postgres;Timeout=2",
            $"--LuckyFive:SiloPort={FreePort.Next()}",
            $"--LuckyFive:GatewayPort={FreePort.Next()}");

        Assert.Equal(1, code);
        Assert.Contains("error: the cluster database: Failed to connect to 127.0.0.1:", output, StringComparison.Ordinal);
        Assert.DoesNotContain("Unhandled exception", output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("GatewaysQueryKey", true)]
    [InlineData("WriteToStorageKey", false)]
    public async Task Start_OrleansQueryDeleted_ExitsWithCode1NamingIt(string queryKey, bool migrateOnStart)
    {
        var connectionString = await postgres.Server.CreateDatabaseAsync();
        Assert.Equal(0, (await RunToEndAsync($"--LuckyFive:ConnectionString={connectionString}", "--migrate-only")).Code);
        await using (var database = NpgsqlDataSource.Create(connectionString))
        await using (var delete = database.CreateCommand($"DELETE FROM OrleansQuery WHERE QueryKey = '{queryKey}'"))
        {
            Assert.Equal(1, await delete.ExecuteNonQueryAsync());
        }

        var (code, output) = await RunToEndAsync(
            $"--LuckyFive:ConnectionString={connectionString}",
            $"--LuckyFive:MigrateOnStart={migrateOnStart}",
            $"--LuckyFive:SiloPort={FreePort.Next()}",
            $"--LuckyFive:GatewayPort={FreePort.Next()}");

        Assert.Equal(1, code);
        Assert.Contains($"error: the cluster database: table OrleansQuery lacks the Orleans provider queries {queryKey};", output, StringComparison.Ordinal);
        Assert.DoesNotContain("Unhandled exception", output, StringComparison.Ordinal);
    }

    private static Process Start(IEnumerable<string> arguments)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(SiloAssembly);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        var process = Process.Start(start)!;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    private static async Task<(int Code, string Output)> RunToEndAsync(params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(SiloAssembly);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var limit = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        await process.WaitForExitAsync(limit.Token);
        return (process.ExitCode, await output + await error);
    }

    private static async Task WaitUntilReadyAsync(HttpClient http, Process silo)
    {
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < TimeSpan.FromSeconds(60))
        {
            Assert.False(silo.HasExited, "the silo exited during start-up");
            try
            {
                if ((await http.GetAsync(new Uri("/readyz", UriKind.Relative))).IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
            }

            await Task.Delay(200);
        }

        throw new TimeoutException("The silo was not ready within 60 s.");
    }

    private async Task DropDatabaseAsync(string connectionString)
    {
        var database = new NpgsqlConnectionStringBuilder(connectionString).Database;
        await using var admin = new NpgsqlConnection(postgres.Server.AdminConnectionString);
        await admin.OpenAsync();
        await using var drop = new NpgsqlCommand($"DROP DATABASE \"{database}\" WITH (FORCE)", admin);
        await drop.ExecuteNonQueryAsync();
    }

    private static void Signal(Process process, string signal)
    {
        using var kill = Process.Start("kill", [$"-{signal}", process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]);
        kill.WaitForExit();
    }
}

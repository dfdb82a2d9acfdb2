using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Npgsql;

namespace LuckyFive.TestSupport;

/// <summary>
/// A throwaway PostgreSQL server for tests: a fresh data directory, a free loopback port, durability switched
/// off for speed, removed when disposed. PostgreSQL refuses to run as root, so under root the server runs as the
/// <c>postgres</c> user. Set <c>LUCKYFIVE_TEST_POSTGRES</c> to a connection string to use an existing server.
/// </summary>
public sealed class PostgresServer : IAsyncDisposable
{
    private const string ExternalVariable = "LUCKYFIVE_TEST_POSTGRES";
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(60);

    private readonly string? _binaries;
    private readonly string? _dataDirectory;
    private readonly bool _asRoot;

    private PostgresServer(string connectionString, string? binaries, string? dataDirectory, bool asRoot)
    {
        AdminConnectionString = connectionString;
        _binaries = binaries;
        _dataDirectory = dataDirectory;
        _asRoot = asRoot;
    }

    /// <summary>A superuser connection to the <c>postgres</c> database.</summary>
    public string AdminConnectionString { get; }

    public static async Task<PostgresServer> StartAsync()
    {
        if (Environment.GetEnvironmentVariable(ExternalVariable) is { Length: > 0 } external)
        {
            return new PostgresServer(external, null, null, false);
        }

        var binaries = FindBinaries();
        var dataDirectory = Directory.CreateTempSubdirectory("luckyfive-pg-").FullName;
        var asRoot = Environment.UserName == "root";
        if (asRoot)
        {
            await RunAsync("chown", "-R", "postgres:postgres", dataDirectory);
        }

        await RunAsync(Wrap(asRoot, Path.Combine(binaries, "initdb"), "-D", dataDirectory, "-U", "postgres", "--auth=trust", "-E", "UTF8", "--no-sync", "--no-instructions"));
        var port = FreeLoopbackPort().ToString(System.Globalization.CultureInfo.InvariantCulture);
        var options = $"-p {port} -k {dataDirectory} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off "
            + "-c full_page_writes=off -c max_connections=200";
        var log = Path.Combine(dataDirectory, "server.log");
        await RunAsync(Wrap(asRoot, Path.Combine(binaries, "pg_ctl"), "start", "-D", dataDirectory, "-o", options, "-l", log, "-w", "-t", "60"));
        var connectionString = $"Host=127.0.0.1;Port={port};Username=postgres;Database=postgres;Pooling=false;Timeout=30";
        var instance = new PostgresServer(connectionString, binaries, dataDirectory, asRoot);
        await instance.WaitUntilReadyAsync();
        return instance;
    }

    /// <summary>Creates an empty database with a unique name; returns its connection string.</summary>
    public async Task<string> CreateDatabaseAsync()
    {
        var name = $"test_{Guid.NewGuid():N}";
        await using (var connection = new NpgsqlConnection(AdminConnectionString))
        {
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand($"CREATE DATABASE {name}", connection);
            await command.ExecuteNonQueryAsync();
        }

        return new NpgsqlConnectionStringBuilder(AdminConnectionString) { Database = name, Pooling = true }.ConnectionString;
    }

    public async ValueTask DisposeAsync()
    {
        if (_dataDirectory is null || _binaries is null)
        {
            return;
        }

        // "immediate" skips the shutdown checkpoint: the data is thrown away anyway.
        await RunAsync(Wrap(_asRoot, Path.Combine(_binaries, "pg_ctl"), "stop", "-D", _dataDirectory, "-m", "immediate", "-w"));
        Directory.Delete(_dataDirectory, recursive: true);
    }

    private async Task WaitUntilReadyAsync()
    {
        var deadline = Stopwatch.StartNew();
        while (true)
        {
            try
            {
                await using var connection = new NpgsqlConnection(AdminConnectionString);
                await connection.OpenAsync();
                return;
            }
            catch (NpgsqlException) when (deadline.Elapsed < StartTimeout)
            {
                await Task.Delay(100);
            }
        }
    }

    private static string FindBinaries()
    {
        foreach (var folder in (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':'))
        {
            if (File.Exists(Path.Combine(folder, "initdb")) && File.Exists(Path.Combine(folder, "postgres")))
            {
                return folder;
            }
        }

        var installed = Directory.Exists("/usr/lib/postgresql")
            ? Directory.GetDirectories("/usr/lib/postgresql").Select(v => Path.Combine(v, "bin")).Where(Directory.Exists).OrderDescending().FirstOrDefault()
            : null;
        return installed ?? throw new InvalidOperationException("PostgreSQL server binaries (initdb, postgres) were not found on PATH or in /usr/lib/postgresql.");
    }

    private static int FreeLoopbackPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static string[] Wrap(bool asRoot, params string[] command) => asRoot ? ["runuser", "-u", "postgres", "--", .. command] : command;

    private static async Task RunAsync(params string[] command)
    {
        using var process = Process.Start(new ProcessStartInfo(command[0], command.Skip(1)) { RedirectStandardOutput = true, RedirectStandardError = true })!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"'{string.Join(' ', command)}' failed with code {process.ExitCode}: {await error}{await output}");
        }
    }
}

using System.Diagnostics;

namespace LuckyFive.Runtime.Cluster.Tests;

/// <summary>One test silo running as its own process, driven through its standard input and output.</summary>
internal sealed class SiloProcess : IAsyncDisposable
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(60);
    private static readonly Lock LogLock = new();
    private readonly Process _process;
    private readonly SemaphoreSlim _commands = new(1, 1);

    private SiloProcess(Process process, string address, System.Collections.Concurrent.ConcurrentQueue<string> log)
    {
        _process = process;
        Address = address;
        Log = log;
    }

    /// <summary>The latest lines the silo logged (warnings, errors and the silo's own lifecycle messages).</summary>
    public IReadOnlyCollection<string> Log { get; }

    /// <summary>The silo's endpoint ("ip:port"), printed when it became active.</summary>
    public string Address { get; }

    public bool HasExited => _process.HasExited;

    public const string DefaultSecret = "multi-process-cluster-tests";

    public static async Task<SiloProcess> StartAsync(string clusterId, string connectionString, string secret = DefaultSecret)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(SiloAssembly());
        start.ArgumentList.Add($"--LuckyFive:ClusterId={clusterId}");
        start.ArgumentList.Add($"--LuckyFive:ServiceId={clusterId}");
        start.ArgumentList.Add($"--LuckyFive:ConnectionString={connectionString}");
        start.ArgumentList.Add($"--LuckyFive:ClusterSecret={secret}");
        start.ArgumentList.Add("--LuckyFive:SiloPort=0");
        var process = Process.Start(start)!;
        // Set LUCKYFIVE_SILO_LOGS to a folder to keep each silo's warnings and errors there.
        var logs = Environment.GetEnvironmentVariable("LUCKYFIVE_SILO_LOGS");
        var log = logs is null ? null : Path.Combine(logs, $"silo-{clusterId}-{process.Id}.log");
        var recent = new System.Collections.Concurrent.ConcurrentQueue<string>();
        process.ErrorDataReceived += (sender, e) =>
        {
            if (e.Data is not null)
            {
                recent.Enqueue(e.Data);
                while (recent.Count > 500 && recent.TryDequeue(out var dropped))
                {
                }
            }

            if (e.Data is not null && log is not null)
            {
                lock (LogLock)
                {
                    File.AppendAllText(log, e.Data + Environment.NewLine);
                }
            }
        };
        process.BeginErrorReadLine();
        using var timeout = new CancellationTokenSource(StartTimeout);
        while (true)
        {
            var line = await process.StandardOutput.ReadLineAsync(timeout.Token)
                ?? throw new InvalidOperationException($"The silo exited during start-up with code {(process.WaitForExit(5_000) ? process.ExitCode : -1)}.");
            if (line.StartsWith("READY ", StringComparison.Ordinal))
            {
                return new SiloProcess(process, line["READY ".Length..], recent);
            }
        }
    }

    /// <summary>Sends one command and returns its one-line answer.</summary>
    public async Task<string> SendAsync(string command)
    {
        await _commands.WaitAsync();
        try
        {
            await _process.StandardInput.WriteLineAsync(command);
            await _process.StandardInput.FlushAsync();
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
            return await _process.StandardOutput.ReadLineAsync(timeout.Token) ?? "EXITED";
        }
        finally
        {
            _commands.Release();
        }
    }

    /// <summary>kill -9: no code of the silo runs any more.</summary>
    public async Task KillAsync()
    {
        _process.Kill();
        await _process.WaitForExitAsync();
    }

    /// <summary>SIGTERM: the silo shuts down gracefully; waits for it to exit.</summary>
    public async Task TerminateAsync()
    {
        using (var kill = Process.Start("kill", ["-TERM", _process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
        {
            await kill.WaitForExitAsync();
        }

        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        await _process.WaitForExitAsync(timeout.Token);
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill();
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
        _commands.Dispose();
    }

    /// <summary>The test silo built next to these tests' own configuration (Debug or Release).</summary>
    private static string SiloAssembly()
    {
        var testBin = new DirectoryInfo(AppContext.BaseDirectory); // tests/X/bin/<Configuration>/net10.0/
        var framework = testBin.Name;
        var configuration = testBin.Parent!.Name;
        var tests = testBin.Parent.Parent!.Parent!.Parent!.FullName;
        var path = Path.Combine(tests, "LuckyFive.Runtime.Cluster.TestSilo", "bin", configuration, framework, "LuckyFive.Runtime.Cluster.TestSilo.dll");
        return File.Exists(path) ? path : throw new FileNotFoundException("The test silo is not built.", path);
    }
}

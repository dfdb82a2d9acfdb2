using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using LuckyFive.TestSupport;

namespace LuckyFive.Cluster.Tests;

/// <summary>One test silo running as its own process, driven through its standard input and output.</summary>
internal sealed class SiloProcess : IAsyncDisposable
{
    private static readonly TimeSpan s_startTimeout = TimeSpan.FromSeconds(60);
    private static readonly TimeSpan s_answerTimeout = TimeSpan.FromSeconds(45);
    private static readonly Lock s_logFile = new();
    private readonly Process _process;
    private readonly ConcurrentQueue<string> _log;
    private readonly SemaphoreSlim _commands = new(1, 1);
    private bool _frozen;

    private SiloProcess(Process process, string address, int gatewayPort, ConcurrentQueue<string> log)
    {
        _process = process;
        Address = address;
        GatewayPort = gatewayPort;
        _log = log;
    }

    /// <summary>The silo's endpoint ("ip:port") as Orleans' SiloAddress names it, printed once the silo was Active.</summary>
    public string Address { get; }

    public int GatewayPort { get; }

    /// <summary>The last lines the silo logged, for failure messages.</summary>
    public string RecentLog => string.Join(Environment.NewLine, _log.TakeLast(40));

    /// <summary>
    /// Starts a silo of cluster <paramref name="clusterId"/> on free loopback ports and waits until it is Active.
    /// <paramref name="extraArguments"/> are further configuration arguments such as <c>--LuckyFive:Membership:…</c>.
    /// </summary>
    public static async Task<SiloProcess> StartAsync(string clusterId, string connectionString, params string[] extraArguments)
    {
        var gatewayPort = FreePort.Next();
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
        start.ArgumentList.Add($"--LuckyFive:SiloPort={FreePort.Next()}");
        start.ArgumentList.Add($"--LuckyFive:GatewayPort={gatewayPort}");
        foreach (var argument in extraArguments)
        {
            start.ArgumentList.Add(argument);
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException("The test silo did not start.");
        var log = new ConcurrentQueue<string>();
        // Set LUCKYFIVE_SILO_LOGS to a folder to keep each silo's log there.
        var folder = Environment.GetEnvironmentVariable("LUCKYFIVE_SILO_LOGS");
        var file = folder is null ? null : Path.Combine(folder, $"silo-{clusterId}-{process.Id}.log");
        process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is null)
            {
                return;
            }

            log.Enqueue(e.Data);
            while (log.Count > 400 && log.TryDequeue(out var dropped))
            {
            }

            if (file is not null)
            {
                lock (s_logFile)
                {
                    File.AppendAllText(file, $"{DateTime.UtcNow:HH:mm:ss.fff} {e.Data}{Environment.NewLine}");
                }
            }
        };
        process.BeginErrorReadLine();
        try
        {
            using var timeout = new CancellationTokenSource(s_startTimeout);
            while (true)
            {
                var line = await process.StandardOutput.ReadLineAsync(timeout.Token)
                    ?? throw new InvalidOperationException(
                        $"The silo exited during start-up:{Environment.NewLine}{string.Join(Environment.NewLine, log.TakeLast(40))}");
                if (line.StartsWith("READY ", StringComparison.Ordinal))
                {
                    return new SiloProcess(process, line["READY ".Length..], gatewayPort, log);
                }
            }
        }
        catch
        {
            process.Kill();
            await process.WaitForExitAsync();
            process.Dispose();
            throw;
        }
    }

    /// <summary>Sends one command and returns its one-line answer ("OK …" or "ERR …").</summary>
    public async Task<string> SendAsync(string command)
    {
        await _commands.WaitAsync();
        try
        {
            await _process.StandardInput.WriteLineAsync(command);
            await _process.StandardInput.FlushAsync();
            using var timeout = new CancellationTokenSource(s_answerTimeout);
            while (true)
            {
                var line = await _process.StandardOutput.ReadLineAsync(timeout.Token)
                    ?? throw new InvalidOperationException($"The silo {Address} exited before answering '{command}'.");
                if (line.StartsWith("OK ", StringComparison.Ordinal) || line.StartsWith("ERR ", StringComparison.Ordinal))
                {
                    return line;
                }
            }
        }
        finally
        {
            _commands.Release();
        }
    }

    /// <summary>Sends a command that must succeed and returns its reading.</summary>
    public async Task<Reading> CallAsync(string command) => Reading.Parse(await SendAsync(command), command);

    /// <summary>kill -9: no code of the silo runs any more.</summary>
    public async Task KillAsync()
    {
        _process.Kill();
        await _process.WaitForExitAsync();
    }

    /// <summary>kill -STOP: the process stays, its sockets stay open, but it answers nothing.</summary>
    public async Task FreezeAsync()
    {
        await SignalAsync("STOP");
        _frozen = true;
    }

    /// <summary>SIGTERM: the silo shuts down gracefully; returns when the process has exited.</summary>
    public async Task TerminateAsync(TimeSpan limit)
    {
        await SignalAsync("TERM");
        using var timeout = new CancellationTokenSource(limit);
        await _process.WaitForExitAsync(timeout.Token);
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            // SIGKILL ends a stopped process too; SIGCONT first so it is not left for the kernel to reap later.
            if (_frozen)
            {
                await SignalAsync("CONT");
            }

            _process.Kill();
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
        _commands.Dispose();
    }

    private async Task SignalAsync(string signal)
    {
        using var kill = Process.Start("kill", [$"-{signal}", _process.Id.ToString(CultureInfo.InvariantCulture)]);
        await kill.WaitForExitAsync();
        if (kill.ExitCode != 0)
        {
            throw new InvalidOperationException($"kill -{signal} {_process.Id} failed with code {kill.ExitCode}.");
        }
    }

    /// <summary>The test silo's own build output, in these tests' configuration (Debug or Release).</summary>
    private static string SiloAssembly()
    {
        var testBin = new DirectoryInfo(AppContext.BaseDirectory); // tests/LuckyFive.Cluster.Tests/bin/<Configuration>/<framework>/
        var framework = testBin.Name;
        var configuration = testBin.Parent!.Name;
        var tests = testBin.Parent.Parent!.Parent!.Parent!.FullName;
        var path = Path.Combine(tests, "LuckyFive.Cluster.TestSilo", "bin", configuration, framework, "LuckyFive.Cluster.TestSilo.dll");
        return File.Exists(path) ? path : throw new FileNotFoundException("The test silo is not built.", path);
    }
}

/// <summary>A successful answer: the counter's total and the silo that hosts the grain.</summary>
internal sealed record Reading(int Total, string Silo)
{
    public static Reading Parse(string answer, string command)
    {
        var parts = answer.Split(' ');
        return parts is ["OK", var total, var silo]
            ? new Reading(int.Parse(total, CultureInfo.InvariantCulture), silo)
            : throw new InvalidOperationException($"'{command}' failed: {answer}");
    }
}

using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;

namespace LuckyFive.Cluster.Tests.Product;

/// <summary>
/// One of the product's executables (<c>luckyfive-silo</c> or <c>luckyfive-api</c>) as operators run it: its own
/// process on free loopback ports, ready once its <c>/readyz</c> answers 200, killed or frozen by a signal.
/// </summary>
internal sealed class ProductProcess : IAsyncDisposable
{
    private static readonly TimeSpan s_readyTimeout = TimeSpan.FromSeconds(90);
    private readonly Process _process;
    private readonly ConcurrentQueue<string> _log;
    private bool _frozen;

    private ProductProcess(string name, Process process, Uri http, ConcurrentQueue<string> log)
    {
        Name = name;
        _process = process;
        Http = http;
        _log = log;
    }

    public string Name { get; }

    /// <summary>Its HTTP address (the silo's operator endpoints, or the API).</summary>
    public Uri Http { get; }

    public bool HasExited => _process.HasExited;

    /// <summary>The lines it wrote (the last 400), standard output and error together.</summary>
    public IReadOnlyList<string> Log => [.. _log];

    /// <summary>The last lines it wrote, for failure messages.</summary>
    public string RecentLog => string.Join(Environment.NewLine, _log.TakeLast(40));

    /// <summary>Starts <paramref name="assembly"/> (a dll beside the tests) and waits until <c>/readyz</c> answers 200.</summary>
    public static async Task<ProductProcess> StartAsync(string name, string assembly, int httpPort, IEnumerable<string> arguments)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, assembly));
        start.ArgumentList.Add($"--urls=http://127.0.0.1:{httpPort}");
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        var log = new ConcurrentQueue<string>();
        var process = Process.Start(start) ?? throw new InvalidOperationException($"{name} did not start.");
        void Keep(object sender, DataReceivedEventArgs e)
        {
            if (e.Data is null)
            {
                return;
            }

            log.Enqueue(e.Data);
            while (log.Count > 400 && log.TryDequeue(out _))
            {
            }
        }

        process.OutputDataReceived += Keep;
        process.ErrorDataReceived += Keep;
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var product = new ProductProcess(name, process, new Uri($"http://127.0.0.1:{httpPort}"), log);
        try
        {
            await product.WaitUntilReadyAsync();
            return product;
        }
        catch
        {
            await product.DisposeAsync();
            throw;
        }
    }

    /// <summary>kill -9 (a frozen process too): no code of the process runs any more.</summary>
    public async Task KillAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill();
        }

        await _process.WaitForExitAsync();
    }

    /// <summary>kill -STOP: the process and its sockets stay, but it answers nothing.</summary>
    public async Task FreezeAsync()
    {
        await SignalAsync("STOP");
        _frozen = true;
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            if (_frozen)
            {
                await SignalAsync("CONT");
            }

            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
    }

    private async Task WaitUntilReadyAsync()
    {
        using var http = new HttpClient { BaseAddress = Http, Timeout = TimeSpan.FromSeconds(5) };
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < s_readyTimeout)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"{Name} exited with code {_process.ExitCode} during start-up:{Environment.NewLine}{RecentLog}");
            }

            try
            {
                using var ready = await http.GetAsync(new Uri("/readyz", UriKind.Relative));
                if (ready.IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
            {
                // Not listening yet.
            }

            await Task.Delay(250);
        }

        throw new TimeoutException($"{Name} was not ready within {s_readyTimeout.TotalSeconds:F0} s:{Environment.NewLine}{RecentLog}");
    }

    private async Task SignalAsync(string signal)
    {
        using var kill = Process.Start("kill", [$"-{signal}", _process.Id.ToString(CultureInfo.InvariantCulture)]);
        await kill.WaitForExitAsync();
    }
}

using System.Diagnostics;
using System.Globalization;

namespace LuckyFive.Cluster.Benchmarks;

/// <summary>A silo started as a child process of this executable (<see cref="SiloCommand"/>), its log in a file.</summary>
internal sealed class SiloProcess : IAsyncDisposable
{
    private static readonly TimeSpan StopTimeout = TimeSpan.FromSeconds(30);

    private readonly Process _process;
    private readonly Task _logCopy;
    private readonly TaskCompletionSource<string> _ready = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private SiloProcess(string name, Process process, string logPath)
    {
        Name = name;
        LogPath = logPath;
        _process = process;
        _logCopy = CopyLogAsync(process.StandardError, logPath);
        _ = ReadOutputAsync();
    }

    public string Name { get; }

    public string LogPath { get; }

    /// <summary>
    /// Starts silo <paramref name="name"/>; a <paramref name="gatewayPort"/> of 0 gives it no gateway.
    /// <paramref name="settings"/> are further <c>--Key=value</c> arguments, such as <c>--LuckyFive:Simulations:...</c>.
    /// </summary>
    public static SiloProcess Start(
        string name, ClusterSettings cluster, int siloPort, int gatewayPort, int echoGrains, string logDirectory, IEnumerable<string>? settings = null)
    {
        ArgumentNullException.ThrowIfNull(cluster);
        var start = SelfStartInfo();
        string[] arguments =
        [
            SiloCommand.Name, "--name", name, "--echo-grains", echoGrains.ToString(CultureInfo.InvariantCulture),
            $"--LuckyFive:ConnectionString={cluster.ConnectionString}",
            $"--LuckyFive:ClusterId={cluster.ClusterId}",
            $"--LuckyFive:ServiceId={cluster.ServiceId}",
            "--LuckyFive:AdvertisedAddress=127.0.0.1",
            $"--LuckyFive:SiloPort={siloPort.ToString(CultureInfo.InvariantCulture)}",
            $"--LuckyFive:GatewayPort={gatewayPort.ToString(CultureInfo.InvariantCulture)}",
            .. settings ?? [],
        ];
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.RedirectStandardInput = true;
        start.RedirectStandardOutput = true;
        start.RedirectStandardError = true;
        start.UseShellExecute = false;
        var process = Process.Start(start) ?? throw new InvalidOperationException($"silo {name} did not start.");
        return new SiloProcess(name, process, Path.Combine(logDirectory, $"silo-{name}.log"));
    }

    /// <summary>The silo's address once it is Active with its grains activated.</summary>
    public async Task<string> WaitReadyAsync(TimeSpan timeout)
    {
        try
        {
            return await _ready.Task.WaitAsync(timeout);
        }
        catch (TimeoutException)
        {
            throw new InvalidOperationException($"silo {Name} was not ready within {timeout.TotalSeconds:0} s; see {LogPath}.");
        }
    }

    /// <summary>Closing standard input asks the silo to stop gracefully; past <see cref="StopTimeout"/> it is killed.</summary>
    public async ValueTask DisposeAsync()
    {
        try
        {
            _process.StandardInput.Close();
            using var timeout = new CancellationTokenSource(StopTimeout);
            await _process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        await _logCopy;
        _process.Dispose();
    }

    private static ProcessStartInfo SelfStartInfo()
    {
        var path = Environment.ProcessPath ?? throw new InvalidOperationException("The path of this executable is unknown.");
        var start = new ProcessStartInfo(path);
        if (Path.GetFileNameWithoutExtension(path) == "dotnet")
        {
            // Started as "dotnet LuckyFive.Cluster.Benchmarks.dll": the silo is started the same way.
            start.ArgumentList.Add(typeof(SiloProcess).Assembly.Location);
        }

        return start;
    }

    private async Task ReadOutputAsync()
    {
        while (await _process.StandardOutput.ReadLineAsync() is { } line)
        {
            if (line.StartsWith("READY ", StringComparison.Ordinal))
            {
                _ready.TrySetResult(line["READY ".Length..]);
            }
        }

        _ready.TrySetException(new InvalidOperationException(
            $"silo {Name} exited (code {(_process.HasExited ? _process.ExitCode : -1)}) before it was ready; see {LogPath}."));
    }

    private static async Task CopyLogAsync(StreamReader error, string path)
    {
        await using var log = File.CreateText(path);
        while (await error.ReadLineAsync() is { } line)
        {
            await log.WriteLineAsync(line);
        }
    }
}

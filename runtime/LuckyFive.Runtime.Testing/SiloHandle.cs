using LuckyFive.Runtime.Abstractions;
using Microsoft.Extensions.Hosting;

namespace LuckyFive.Runtime.Testing;

/// <summary>One silo of a <see cref="TestCluster"/>.</summary>
public sealed class SiloHandle
{
    internal SiloHandle(string name, IHost host, SiloRuntime runtime)
    {
        Name = name;
        Host = host;
        Runtime = runtime;
    }

    /// <summary>The silo's name.</summary>
    public string Name { get; }

    /// <summary>The silo's address.</summary>
    public SiloAddress SiloAddress => Runtime.Address;

    /// <summary>The silo's services.</summary>
    public IServiceProvider ServiceProvider => Host.Services;

    /// <summary>Whether the silo is running (not stopped or killed).</summary>
    public bool IsActive { get; internal set; } = true;

    /// <summary>The silo's grain factory (calls made from inside the silo).</summary>
    public IGrainFactory GrainFactory => Runtime.Client;

    /// <summary>Number of activations the silo hosts.</summary>
    public int ActivationCount => Runtime.Catalog.Count;

    /// <summary>Per-method call statistics of the silo.</summary>
    public RuntimeMetrics Metrics => Runtime.Metrics;

    /// <summary>Number of reminders this silo currently owns and runs.</summary>
    public int RunningReminderCount => Runtime.Reminders.RunningCount;

    internal IHost Host { get; }

    internal SiloRuntime Runtime { get; }

    /// <summary>Whether the silo hosts an activation of <paramref name="grainId"/>.</summary>
    public bool HostsActivation(GrainId grainId) => Runtime.Catalog.Activations.Any(a => a.GrainId == grainId && a.IsUsable);

    /// <summary>Number of activations of one grain type on this silo.</summary>
    public int CountActivations(string grainType) => Runtime.Catalog.Activations.Count(a => a.IsUsable && a.Class.GrainType == grainType);

    /// <summary>Runs one idle-collection pass now, returning the number of activations asked to deactivate.</summary>
    public int CollectIdleActivations() => Runtime.Collector.Collect();

    /// <inheritdoc />
    public override string ToString() => $"{Name} ({SiloAddress})";
}

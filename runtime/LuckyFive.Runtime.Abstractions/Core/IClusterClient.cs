namespace LuckyFive.Runtime.Abstractions;

/// <summary>A client of the cluster: a grain factory plus the services of the process hosting it.</summary>
public interface IClusterClient : IGrainFactory
{
    /// <summary>The services of the host this client runs in.</summary>
    IServiceProvider ServiceProvider { get; }
}

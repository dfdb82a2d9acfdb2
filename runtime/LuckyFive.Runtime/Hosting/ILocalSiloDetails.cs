using LuckyFive.Runtime.Abstractions;
using Microsoft.Extensions.Options;

namespace LuckyFive.Runtime;

/// <summary>
/// The silo of this process, for code hosted beside it (health checks, dashboards). Orleans splits this between
/// <c>ILocalSiloDetails</c> and <c>ISiloStatusOracle.CurrentStatus</c>; here it is one service.
/// </summary>
public interface ILocalSiloDetails
{
    /// <summary>The silo's name.</summary>
    string Name { get; }

    /// <summary>The cluster it belongs to.</summary>
    string ClusterId { get; }

    /// <summary>Its address in the cluster.</summary>
    SiloAddress SiloAddress { get; }

    /// <summary>Where it is in its lifecycle: <see cref="SiloStatus.Active"/> once it has joined and serves calls.</summary>
    SiloStatus Status { get; }
}

/// <summary>Reads <see cref="ILocalSiloDetails"/> from the running silo.</summary>
internal sealed class LocalSiloDetails(SiloRuntime silo, IOptions<ClusterOptions> cluster) : ILocalSiloDetails
{
    public string Name => silo.SiloName;

    public string ClusterId => cluster.Value.ClusterId;

    public SiloAddress SiloAddress => silo.Address;

    public SiloStatus Status => silo.Status;
}

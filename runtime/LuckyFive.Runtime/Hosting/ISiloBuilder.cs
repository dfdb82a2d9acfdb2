using Microsoft.Extensions.DependencyInjection;

namespace LuckyFive.Runtime;

/// <summary>Configures a silo: its grains, providers, options and filters.</summary>
public interface ISiloBuilder
{
    /// <summary>The silo's services.</summary>
    IServiceCollection Services { get; }
}

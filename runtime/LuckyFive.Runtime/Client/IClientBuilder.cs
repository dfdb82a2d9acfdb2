using Microsoft.Extensions.DependencyInjection;

namespace LuckyFive.Runtime;

/// <summary>Configures a cluster client.</summary>
public interface IClientBuilder
{
    /// <summary>The client's services.</summary>
    IServiceCollection Services { get; }
}

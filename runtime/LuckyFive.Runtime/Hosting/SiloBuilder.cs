using Microsoft.Extensions.DependencyInjection;

namespace LuckyFive.Runtime;

/// <summary>The default <see cref="ISiloBuilder"/>.</summary>
internal sealed class SiloBuilder(IServiceCollection services) : ISiloBuilder
{
    public IServiceCollection Services { get; } = services;
}

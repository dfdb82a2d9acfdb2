namespace LuckyFive.Runtime.Testing;

/// <summary>Configures the client of a test cluster (needs a parameterless constructor).</summary>
public interface IClientBuilderConfigurator
{
    /// <summary>Configures the client.</summary>
    void Configure(IClientBuilder clientBuilder);
}

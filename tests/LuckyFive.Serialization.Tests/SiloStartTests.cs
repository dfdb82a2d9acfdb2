using LuckyFive.Silo;
using LuckyFive.TestSupport;
using Orleans.Runtime;

namespace LuckyFive.Serialization.Tests;

public sealed class SiloStartTests(PostgresFixture postgres) : IClassFixture<PostgresFixture>
{
    [Fact]
    public async Task Start_AGrainContractWithAnUnserializableParameter_SiloRefusesToStartNamingTheType()
    {
        var connectionString = await postgres.Server.CreateDatabaseAsync();
        string[] arguments =
        [
            $"--LuckyFive:ConnectionString={connectionString}",
            $"--LuckyFive:ClusterId=c{Guid.NewGuid():N}",
            $"--LuckyFive:SiloPort={FreePort.Next()}",
            $"--LuckyFive:GatewayPort={FreePort.Next()}",
            "--urls=http://127.0.0.1:0",
            "--environment=Production", // Orleans alone checks only in Development; LuckyFive's silo checks everywhere.
        ];
        await using var app = SiloHost.Build(arguments);

        var failure = await Assert.ThrowsAsync<OrleansConfigurationException>(() => app.StartAsync());

        Assert.Contains("unserializable", failure.Message, StringComparison.OrdinalIgnoreCase);
        Assert.Contains(typeof(PlainSettings).FullName!, failure.Message, StringComparison.Ordinal);
    }
}

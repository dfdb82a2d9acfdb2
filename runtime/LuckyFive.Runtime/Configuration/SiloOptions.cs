namespace LuckyFive.Runtime;

/// <summary>Identity of one silo.</summary>
public sealed class SiloOptions
{
    /// <summary>The silo's name, also its endpoint on the in-memory transport. Defaults to a unique name.</summary>
    public string? SiloName { get; set; }

    /// <summary>The silo-to-silo port used by socket transports (Orleans default 11111).</summary>
    public int SiloPort { get; set; } = 11111;

    /// <summary>The client gateway port used by socket transports (Orleans default 30000).</summary>
    public int GatewayPort { get; set; } = 30000;
}

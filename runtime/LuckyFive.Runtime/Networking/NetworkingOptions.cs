using System.Net;

namespace LuckyFive.Runtime;

/// <summary>Options of the TCP transport between silos (<see cref="TcpMessageTransport"/>).</summary>
public sealed class NetworkingOptions
{
    /// <summary>The address and port to listen on. Default 127.0.0.1 and port 0 (any free port).</summary>
    public IPEndPoint ListenEndpoint { get; set; } = new(IPAddress.Loopback, 0);

    /// <summary>
    /// The address peers use to reach this silo. Default: the listen address, which must then be a specific one
    /// (not 0.0.0.0 or ::).
    /// </summary>
    public IPAddress? AdvertisedAddress { get; set; }

    /// <summary>The shared secret every silo of the cluster must know. Required; never logged.</summary>
    public string ClusterSecret { get; set; } = "";

    /// <summary>Largest frame accepted from a peer. Default 16 MiB; larger frames close the connection.</summary>
    public int MaxFrameBytes { get; set; } = 16 * 1024 * 1024;

    /// <summary>How long connecting to a peer (TCP connect and handshake) may take. Default 5 s.</summary>
    public TimeSpan ConnectTimeout { get; set; } = TimeSpan.FromSeconds(5);
}

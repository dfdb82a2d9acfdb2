using System.Net;
using System.Net.Sockets;

namespace LuckyFive.TestSupport;

/// <summary>Loopback ports nothing listens on now, for silos (Orleans needs its ports before it binds them).</summary>
public static class FreePort
{
    public static int Next()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}

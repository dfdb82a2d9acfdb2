using System.Net;
using System.Net.Sockets;

namespace LuckyFive.TestSupport;

/// <summary>Loopback ports nothing listens on now, for silos (Orleans needs its ports before it binds them).</summary>
public static class FreePort
{
    // Below Linux's ephemeral range (32768 and up), so no outgoing connection takes one of them between the pick and the bind.
    private const int LowestPort = 20_000;
    private const int HighestPort = 32_000;

    public static int Next()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>
    /// The first of <paramref name="count"/> consecutive free ports, for a script that numbers its processes' ports
    /// from a base (silo i on base + i).
    /// </summary>
    public static int Block(int count)
    {
        for (var attempt = 0; attempt < 200; attempt++)
        {
            var first = Random.Shared.Next(LowestPort, HighestPort - count);
            if (Enumerable.Range(first, count).All(CanBind))
            {
                return first;
            }
        }

        throw new InvalidOperationException($"no {count} consecutive free loopback ports between {LowestPort} and {HighestPort}");
    }

    private static bool CanBind(int port)
    {
        try
        {
            using var listener = new TcpListener(IPAddress.Loopback, port);
            listener.Start();
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }
}

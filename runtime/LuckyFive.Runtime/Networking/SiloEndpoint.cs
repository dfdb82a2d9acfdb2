using System.Net;
using LuckyFive.Runtime.Abstractions;

namespace LuckyFive.Runtime;

/// <summary>Silo addresses of networked silos have "ip:port" endpoints.</summary>
internal static class SiloEndpoint
{
    public static IPEndPoint Parse(SiloAddress silo) =>
        IPEndPoint.TryParse(silo.Endpoint, out var endpoint) && endpoint.Port != 0
            ? endpoint
            : throw new SiloUnavailableException($"Silo {silo} has no network endpoint (expected ip:port).");
}

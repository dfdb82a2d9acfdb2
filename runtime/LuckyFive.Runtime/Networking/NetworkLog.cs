using System.Net;
using LuckyFive.Runtime.Abstractions;
using Microsoft.Extensions.Logging;

namespace LuckyFive.Runtime;

/// <summary>Log messages of the TCP transport (event ids 1500–1599).</summary>
internal static partial class NetworkLog
{
    [LoggerMessage(1500, LogLevel.Information, "Silo {Silo} listening for peers on {Endpoint}")]
    public static partial void Listening(ILogger logger, SiloAddress silo, EndPoint endpoint);

    [LoggerMessage(1501, LogLevel.Warning, "Refused a connection from {Remote}: {Reason}")]
    public static partial void Refused(ILogger logger, EndPoint? remote, string reason);

    [LoggerMessage(1502, LogLevel.Warning, "Closed the connection from {Remote} ({Peer}) after a malformed frame: {Reason}")]
    public static partial void MalformedFrame(ILogger logger, EndPoint? remote, SiloAddress? peer, string reason);

    [LoggerMessage(1503, LogLevel.Information, "Connected to peer {Peer}")]
    public static partial void Connected(ILogger logger, SiloAddress peer);

    [LoggerMessage(1504, LogLevel.Warning, "Connection to peer {Peer} failed; {Dropped} queued messages dropped")]
    public static partial void PeerFailed(ILogger logger, SiloAddress peer, int dropped, Exception exception);

    [LoggerMessage(1505, LogLevel.Debug, "Accepted peer {Peer} from {Remote}")]
    public static partial void Accepted(ILogger logger, SiloAddress peer, EndPoint? remote);
}

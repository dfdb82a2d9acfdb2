using System.Buffers;
using System.Security.Cryptography;
using System.Text;
using LuckyFive.Runtime.Abstractions;

namespace LuckyFive.Runtime;

/// <summary>
/// Mutual proof that both ends of a new connection belong to the same cluster and know its secret, without the
/// secret crossing the wire: each side sends a fresh nonce and answers the other's with
/// HMAC-SHA256(secret, role | nonces | cluster id [| initiator address]).
/// </summary>
internal static class Handshake
{
    public const int NonceBytes = 16;
    private static readonly byte[] Magic = "LF5H"u8.ToArray();
    private const byte ProtocolVersion = 1;

    public static byte[] Hello(string clusterId, SiloAddress initiator, byte[] initiatorNonce)
    {
        var buffer = new ArrayBufferWriter<byte>();
        var writer = new WireWriter(buffer);
        foreach (var b in Magic)
        {
            writer.Byte(b);
        }

        writer.Byte(ProtocolVersion);
        writer.String(clusterId);
        writer.String(initiator.Endpoint);
        writer.Int32(initiator.Generation);
        writer.Bytes(initiatorNonce);
        return buffer.WrittenSpan.ToArray();
    }

    public static (string ClusterId, SiloAddress Initiator, byte[] Nonce) ReadHello(ReadOnlySpan<byte> frame)
    {
        var reader = new WireReader(frame);
        foreach (var expected in Magic)
        {
            if (reader.Byte() != expected)
            {
                throw new MalformedFrameException("The connection did not start with a LuckyFive handshake.");
            }
        }

        var version = reader.Byte();
        if (version != ProtocolVersion)
        {
            throw new MalformedFrameException($"Handshake version {version} is not supported.");
        }

        var clusterId = reader.RequiredString();
        var initiator = new SiloAddress(reader.RequiredString(), reader.Int32());
        var nonce = reader.Bytes();
        return nonce is { Length: NonceBytes } && reader.AtEnd
            ? (clusterId, initiator, nonce)
            : throw new MalformedFrameException("The handshake nonce is malformed.");
    }

    public static byte[] AcceptorProof(string secret, string clusterId, byte[] initiatorNonce, byte[] acceptorNonce) =>
        Mac(secret, "acceptor", initiatorNonce, acceptorNonce, clusterId, "");

    public static byte[] InitiatorProof(string secret, string clusterId, SiloAddress initiator, byte[] initiatorNonce, byte[] acceptorNonce) =>
        Mac(secret, "initiator", acceptorNonce, initiatorNonce, clusterId, initiator.ToString());

    public static bool Matches(byte[] expected, ReadOnlySpan<byte> actual) => CryptographicOperations.FixedTimeEquals(expected, actual);

    public static byte[] NewNonce() => RandomNumberGenerator.GetBytes(NonceBytes);

    private static byte[] Mac(string secret, string role, byte[] first, byte[] second, string clusterId, string initiator)
    {
        var message = new ArrayBufferWriter<byte>();
        var writer = new WireWriter(message);
        writer.String(role);
        writer.Bytes(first);
        writer.Bytes(second);
        writer.String(clusterId);
        writer.String(initiator);
        return HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), message.WrittenSpan);
    }
}

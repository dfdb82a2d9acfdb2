using System.Globalization;

namespace LuckyFive.Runtime.Abstractions;

/// <summary>
/// The identity of one silo incarnation: its endpoint plus a generation, so a restarted silo on the same
/// endpoint is a new identity (a dead silo never comes back).
/// </summary>
/// <param name="Endpoint">Where the silo listens (<c>host:port</c>, or a name for the in-memory transport).</param>
/// <param name="Generation">Distinguishes incarnations on one endpoint; grows with every start.</param>
public sealed record SiloAddress(string Endpoint, int Generation)
{
    /// <summary>A stable hash used to place the silo on the consistent ring.</summary>
    public uint GetUniformHashCode() => StableHash.Compute(Endpoint, Generation.ToString(CultureInfo.InvariantCulture));

    /// <summary>Parses the <c>endpoint@generation</c> form produced by <see cref="ToString"/>.</summary>
    public static SiloAddress Parse(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var at = value.LastIndexOf('@');
        if (at <= 0 || !int.TryParse(value.AsSpan(at + 1), NumberStyles.Integer, CultureInfo.InvariantCulture, out var generation))
        {
            throw new FormatException($"'{value}' is not a silo address of the form 'endpoint@generation'.");
        }

        return new SiloAddress(value[..at], generation);
    }

    /// <inheritdoc />
    public override string ToString() => $"{Endpoint}@{Generation.ToString(CultureInfo.InvariantCulture)}";
}

using LuckyFive.Runtime.Abstractions;

namespace LuckyFive.Runtime;

/// <summary>
/// One message between a client and silos or between silos. Inside one process a local call keeps its
/// arguments and callback as objects; a message that leaves the sender has them serialized into
/// <see cref="Body"/> and never shares mutable objects with the sender.
/// </summary>
public sealed class Message
{
    /// <summary>Correlation id, unique per sender.</summary>
    public long Id { get; set; }

    /// <summary>What the message carries.</summary>
    public MessageKind Kind { get; set; }

    /// <summary>The endpoint responses go back to (a silo, or a client).</summary>
    public SiloAddress Sender { get; set; } = null!;

    /// <summary>The silo chosen to host the target, when the sender placed or located it.</summary>
    public SiloAddress? TargetSilo { get; set; }

    /// <summary>The grain being called.</summary>
    public GrainId TargetGrain { get; set; }

    /// <summary>The calling grain, if the call was made by a grain.</summary>
    public GrainId? SendingGrain { get; set; }

    /// <summary>Assembly-qualified name of the grain interface.</summary>
    public string? InterfaceName { get; set; }

    /// <summary>The method's id within its interface.</summary>
    public int MethodId { get; set; }

    /// <summary>Call chain this request belongs to; 0 when it may not re-enter grains of its chain.</summary>
    public long CallChainId { get; set; }

    /// <summary>How many times the request was forwarded to repair a stale address.</summary>
    public int ForwardCount { get; set; }

    /// <summary>Whether the caller can cancel the request.</summary>
    public bool IsCancellable { get; set; }

    /// <summary>How a response ended.</summary>
    public ResponseStatus Status { get; set; }

    /// <summary>The silo that handled a request (set on responses).</summary>
    public SiloAddress? HandledBy { get; set; }

    /// <summary>Serialized arguments, result or exception.</summary>
    public byte[]? Body { get; set; }

    /// <summary>Serialized request context entries.</summary>
    public byte[]? RequestContextBody { get; set; }

    /// <summary>Payload of system messages (statistics, membership, reminders).</summary>
    public string? SystemPayload { get; set; }

    // In-process fields: never cross a transport.
    internal GrainMethodMetadata? Method { get; set; }

    internal object?[]? Arguments { get; set; }

    internal IReadOnlyDictionary<string, object>? RequestContextData { get; set; }

    internal CancellationToken CancellationToken { get; set; }

    internal ResponseCallback? Callback { get; set; }

    internal bool ArgumentsIsolated { get; set; }

    internal ActivationData? Activation { get; set; }

    internal object? Result { get; set; }

    internal Exception? Exception { get; set; }

    internal bool IsReadOnly => Method?.IsReadOnly ?? false;

    internal bool AlwaysInterleave => Method?.AlwaysInterleave ?? false;

    internal bool IsLocal => Callback is not null || Arguments is not null;

    /// <summary>A copy carrying only transport fields.</summary>
    internal Message CloneHeaders() => new()
    {
        Id = Id,
        Kind = Kind,
        Sender = Sender,
        TargetSilo = TargetSilo,
        TargetGrain = TargetGrain,
        SendingGrain = SendingGrain,
        InterfaceName = InterfaceName,
        MethodId = MethodId,
        CallChainId = CallChainId,
        ForwardCount = ForwardCount,
        IsCancellable = IsCancellable,
        Status = Status,
        HandledBy = HandledBy,
        Body = Body,
        RequestContextBody = RequestContextBody,
        SystemPayload = SystemPayload,
    };

    /// <inheritdoc />
    public override string ToString() =>
        $"{Kind} #{Id} {Sender} -> {TargetGrain}{(TargetSilo is null ? string.Empty : "@" + TargetSilo)} {Method?.Name ?? InterfaceName}";
}

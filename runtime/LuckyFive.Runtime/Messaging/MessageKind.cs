namespace LuckyFive.Runtime;

/// <summary>What a message carries.</summary>
public enum MessageKind
{
    /// <summary>A grain call expecting a response.</summary>
    Request,

    /// <summary>A fire-and-forget grain call.</summary>
    OneWay,

    /// <summary>The response to a request.</summary>
    Response,

    /// <summary>The caller cancelled a request.</summary>
    Cancel,

    /// <summary>A membership probe.</summary>
    Ping,

    /// <summary>The answer to a probe.</summary>
    Pong,

    /// <summary>A silo's runtime statistics, published to its peers.</summary>
    Statistics,

    /// <summary>Membership changed: re-read the table.</summary>
    MembershipChanged,

    /// <summary>A reminder owned by the receiving silo changed: re-read the grain's reminders.</summary>
    ReminderChanged,
}

using LuckyFive.Runtime.Abstractions;

namespace LuckyFive.Runtime;

/// <summary>
/// Durable reminder rows of one service, keyed by (grain id, reminder name), each with an integer version as ETag.
/// Ring ranges use <see cref="GrainId.GetUniformHashCode"/>: <c>(beginHash, endHash]</c>, wrapping when begin ≥ end.
/// </summary>
public interface IReminderTable
{
    /// <summary>Reads all reminders of one grain.</summary>
    Task<IReadOnlyList<ReminderEntry>> ReadRows(GrainId grainId);

    /// <summary>Reads the reminders whose grain hash is in the ring range (beginHash, endHash].</summary>
    Task<IReadOnlyList<ReminderEntry>> ReadRows(uint beginHash, uint endHash);

    /// <summary>Reads one reminder, or null.</summary>
    Task<ReminderEntry?> ReadRow(GrainId grainId, string reminderName);

    /// <summary>Inserts or replaces a reminder; returns its new ETag.</summary>
    Task<string> UpsertRow(ReminderEntry entry);

    /// <summary>Deletes a reminder if its ETag matches; returns whether it did.</summary>
    Task<bool> RemoveRow(GrainId grainId, string reminderName, string eTag);
}

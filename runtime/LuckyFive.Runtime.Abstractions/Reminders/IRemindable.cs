namespace LuckyFive.Runtime.Abstractions;

/// <summary>Implemented by grains that use durable reminders.</summary>
public interface IRemindable : IGrain
{
    /// <summary>Receives one tick of a reminder. Ticks missed while no silo owned the reminder are not replayed.</summary>
    Task ReceiveReminder(string reminderName, TickStatus status);
}

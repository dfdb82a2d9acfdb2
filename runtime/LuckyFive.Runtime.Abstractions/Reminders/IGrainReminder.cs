namespace LuckyFive.Runtime.Abstractions;

/// <summary>A handle to a durable reminder.</summary>
public interface IGrainReminder
{
    /// <summary>The reminder's name, unique per grain.</summary>
    string ReminderName { get; }
}

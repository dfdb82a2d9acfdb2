namespace LuckyFive.Runtime.Abstractions;

/// <summary>The silo service behind the reminder methods of <see cref="Grain"/>.</summary>
public interface IReminderRegistry
{
    /// <summary>Registers or updates a reminder.</summary>
    Task<IGrainReminder> RegisterOrUpdateReminder(GrainId grainId, string reminderName, TimeSpan dueTime, TimeSpan period);

    /// <summary>Removes a reminder.</summary>
    Task UnregisterReminder(GrainId grainId, IGrainReminder reminder);

    /// <summary>Gets one reminder, or null.</summary>
    Task<IGrainReminder?> GetReminder(GrainId grainId, string reminderName);

    /// <summary>Gets all reminders of a grain.</summary>
    Task<IReadOnlyList<IGrainReminder>> GetReminders(GrainId grainId);
}

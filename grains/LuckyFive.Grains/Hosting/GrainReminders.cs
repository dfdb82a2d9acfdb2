namespace LuckyFive.Grains.Hosting;

/// <summary>Reminder chores the long-running grains share.</summary>
internal static class GrainReminders
{
    /// <summary>Unregisters the grain's reminder of this name, if it has one.</summary>
    public static async Task ForgetReminderAsync(this Grain grain, string name)
    {
        if (await grain.GetReminder(name) is { } reminder)
        {
            await grain.UnregisterReminder(reminder);
        }
    }
}

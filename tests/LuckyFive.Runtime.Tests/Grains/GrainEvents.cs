using System.Collections.Concurrent;

namespace LuckyFive.Runtime.Tests.Grains;

/// <summary>
/// What test grains report about themselves (activations, deactivations, ticks), keyed by grain key. All silos of a
/// test cluster share this process, so tests read it directly; every test uses its own keys.
/// </summary>
public static class GrainEvents
{
    private static readonly ConcurrentDictionary<string, ConcurrentQueue<string>> s_events = new();

    public static void Record(string key, string evt) => s_events.GetOrAdd(key, _ => new ConcurrentQueue<string>()).Enqueue(evt);

    public static IReadOnlyList<string> Get(string key) => s_events.TryGetValue(key, out var events) ? [.. events] : [];

    public static int Count(string key, string evt) => Get(key).Count(e => e == evt);

    public static async Task WaitUntilAsync(Func<bool> condition, string because, int timeoutSeconds = 30)
    {
        var deadline = DateTime.UtcNow.AddSeconds(timeoutSeconds);
        while (!condition())
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"Timed out waiting until {because}.");
            }

            await Task.Delay(20);
        }
    }
}

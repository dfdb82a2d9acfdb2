namespace LuckyFive.Load;

/// <summary>What to send, how fast and for how long.</summary>
internal sealed record LoadPlan(Uri Url, string[] Headers, int Rate, TimeSpan Duration, TimeSpan WarmUp, int MaxInFlight)
{
    /// <summary>Why the plan cannot run, or null.</summary>
    public string? Problem() =>
        !Url.IsLoopback ? $"--url: {Url.Host} is not a loopback address; this tool loads only this machine"
        : Rate is < 1 or > 50_000 ? $"--rate: must be 1 to 50000, got {Rate}"
        : Duration < TimeSpan.FromSeconds(1) || Duration > TimeSpan.FromSeconds(300) ? $"--seconds: must be 1 to 300, got {Duration.TotalSeconds}"
        : WarmUp < TimeSpan.Zero || WarmUp > TimeSpan.FromSeconds(60) ? $"--warmup: must be 0 to 60, got {WarmUp.TotalSeconds}"
        : MaxInFlight < 1 ? $"--max-in-flight: must be at least 1, got {MaxInFlight}"
        : Headers.FirstOrDefault(h => !h.Contains(':', StringComparison.Ordinal)) is { } bad ? $"--header: '{bad}' is not 'Name: value'"
        : null;
}

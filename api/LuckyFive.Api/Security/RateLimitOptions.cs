namespace LuckyFive.Api.Security;

/// <summary>
/// Token buckets under <c>LuckyFive:Api:RateLimit</c>: one per API key, and one per client IP address for requests
/// without a valid key. A bucket holds up to its burst and refills at its rate; an empty bucket answers 429.
/// </summary>
internal sealed class RateLimitOptions
{
    /// <summary>Requests a key may make in a burst. Default 100.</summary>
    public int KeyBurst { get; set; } = 100;

    /// <summary>Requests per second a key's bucket refills by. Default 20.</summary>
    public int KeyPermitsPerSecond { get; set; } = 20;

    /// <summary>Requests without a key one IP address may make in a burst. Default 30.</summary>
    public int AnonymousBurst { get; set; } = 30;

    /// <summary>Requests per second an IP address's bucket refills by. Default 5.</summary>
    public int AnonymousPermitsPerSecond { get; set; } = 5;

    internal IEnumerable<string> Problems(string section)
    {
        foreach (var (name, value) in new[]
                 {
                     (nameof(KeyBurst), KeyBurst), (nameof(KeyPermitsPerSecond), KeyPermitsPerSecond),
                     (nameof(AnonymousBurst), AnonymousBurst), (nameof(AnonymousPermitsPerSecond), AnonymousPermitsPerSecond),
                 })
        {
            if (value is < 1 or > 1_000_000)
            {
                yield return $"{section}:{name} must be 1..1000000 (got {value}).";
            }
        }
    }
}

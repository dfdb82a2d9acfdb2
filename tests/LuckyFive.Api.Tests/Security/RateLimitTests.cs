using System.Diagnostics;
using System.Net;

namespace LuckyFive.Api.Tests.Security;

/// <summary>Token buckets per key and per address, tiny here so a few requests empty them.</summary>
[Collection(SecuredApiTests.Name)]
public sealed class RateLimitTests(SecuredApiFixture fixture)
{
    private const int Burst = 3;

    [Fact]
    public async Task EachKeyAndAddress_PastItsBurst_Answers429ProblemWithRetryAfterWhileOthersGoOn()
    {
        var database = await fixture.Postgres.CreateDatabaseAsync();
        await using var api = await RunningApp.StartAsync(ApiHost.Build(RunningApp.Arguments(
            database,
            $"c{Guid.NewGuid():N}",
            ApiHost.CohostFlag,
            $"--LuckyFive:Api:RateLimit:KeyBurst={Burst}",
            "--LuckyFive:Api:RateLimit:KeyPermitsPerSecond=1",
            $"--LuckyFive:Api:RateLimit:AnonymousBurst={Burst}",
            "--LuckyFive:Api:RateLimit:AnonymousPermitsPerSecond=1")));
        using var admin = ApiKeys.AdminClient(api);
        var keys = new Uri("/api/v1/keys", UriKind.Relative);

        // The other key is made before the admin key's bucket is spent; it has a bucket of its own.
        var other = await ApiKeys.CreateAsync(api, LuckyFive.Api.Security.ApiPolicies.Admin, "other");
        var (adminStatuses, adminSeconds) = await StatusesAsync(admin, keys, Burst + 3);
        // Asked at once: the bucket refills a token a second, and the OpenAPI document below can take longer than that.
        using var refused = await admin.GetAsync(keys);
        using var otherClient = ApiKeys.Client(api, other);
        using var otherAnswer = await otherClient.GetAsync(keys);
        var (anonymousStatuses, anonymousSeconds) = await StatusesAsync(api.Http, new Uri("/openapi/v1.json", UriKind.Relative), Burst + 3);
        using var problem = await AuthenticationTests.ProblemAsync(refused);
        var (probes, _) = await StatusesAsync(api.Http, new Uri("/healthz", UriKind.Relative), 20);

        // A bucket refills a token a second, so a loop of s seconds passes at most the burst plus ⌈s⌉ requests (the
        // document's first build alone can take a second on a busy machine); the rest are refused.
        Assert.InRange(adminStatuses.Count(s => s == HttpStatusCode.OK), Burst - 1, Burst + (int)Math.Ceiling(adminSeconds));
        Assert.Contains(HttpStatusCode.TooManyRequests, adminStatuses);
        Assert.Equal(HttpStatusCode.OK, otherAnswer.StatusCode);
        Assert.InRange(anonymousStatuses.Count(s => s == HttpStatusCode.OK), Burst, Burst + (int)Math.Ceiling(anonymousSeconds));
        Assert.Contains(HttpStatusCode.TooManyRequests, anonymousStatuses);
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.True(refused.Headers.RetryAfter?.Delta >= TimeSpan.FromSeconds(1));
        Assert.Equal("Too many requests.", problem.RootElement.GetProperty("title").GetString());
        Assert.All(probes, s => Assert.Equal(HttpStatusCode.OK, s));
    }

    [Fact]
    public void RateZero_Build_FailsNamingTheSetting()
    {
        var failure = Assert.Throws<LuckyFive.Hosting.LuckyFiveConfigurationException>(() =>
            ApiHost.Build(RunningApp.Arguments("Host=127.0.0.1", "c", "--LuckyFive:Api:RateLimit:KeyPermitsPerSecond=0")));

        Assert.Contains("LuckyFive:Api:RateLimit:KeyPermitsPerSecond must be 1..1000000 (got 0).", failure.Message, StringComparison.Ordinal);
    }

    private static async Task<(HttpStatusCode[] Statuses, double Seconds)> StatusesAsync(HttpClient client, Uri path, int count)
    {
        var clock = Stopwatch.StartNew();
        var statuses = new HttpStatusCode[count];
        for (var i = 0; i < count; i++)
        {
            using var response = await client.GetAsync(path);
            statuses[i] = response.StatusCode;
        }

        return (statuses, clock.Elapsed.TotalSeconds);
    }
}

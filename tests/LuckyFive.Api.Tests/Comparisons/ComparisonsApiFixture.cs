using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using LuckyFive.Api.Tests.Simulations;

namespace LuckyFive.Api.Tests.Comparisons;

/// <summary>
/// A co-hosted API holding the official draws and ten completed simulations to compare and rank: four strategies and
/// seeds over contests 6001..6100, one over 6101..6150, and one random recipe with five seeds over 6001..6040, whose
/// first seed runs a second time last.
/// </summary>
public sealed class ComparisonsApiFixture : IAsyncLifetime
{
    private readonly SimulationsApiFixture _api = new();

    public HttpClient Reader => _api.Reader;

    public HttpClient Runner => _api.Runner;

    /// <summary>frequency seed 7, frequency seed 8, recency seed 7, random seed 7: all over 6001..6100.</summary>
    public IReadOnlyList<JsonElement> SameRange { get; private set; } = [];

    /// <summary>frequency seed 7 over 6101..6150.</summary>
    public JsonElement OtherRange { get; private set; }

    /// <summary>random over 6001..6040 with seeds 1..5, created last.</summary>
    public IReadOnlyList<JsonElement> Replicates { get; private set; } = [];

    /// <summary>random over 6001..6040 with seed 1 again, created after the replicates.</summary>
    public JsonElement Repeat { get; private set; }

    public IEnumerable<JsonElement> All => [.. SameRange, OtherRange, .. Replicates, Repeat];

    public async Task InitializeAsync()
    {
        await _api.InitializeAsync();
        // Submitted one after another, so each is created after the one before.
        var sameRange = new List<Uri>();
        foreach (var (strategy, seed) in new[] { ("frequency", 7), ("frequency", 8), ("recency", 7), ("random", 7) })
        {
            sameRange.Add(await SubmitAsync(new { recipe = new { strategy, seed }, from_contest = 6001, to_contest = 6100, tickets = 5, window = 100 }));
        }

        var otherRange = await SubmitAsync(new { recipe = new { strategy = "frequency", seed = 7 }, from_contest = 6101, to_contest = 6150, tickets = 5, window = 100 });
        var replicates = new List<Uri>();
        for (var seed = 1; seed <= 5; seed++)
        {
            replicates.Add(await SubmitAsync(new { recipe = new { strategy = "random", seed }, from_contest = 6001, to_contest = 6040, tickets = 5 }));
        }

        var repeat = await SubmitAsync(new { recipe = new { strategy = "random", seed = 1 }, from_contest = 6001, to_contest = 6040, tickets = 5 });
        SameRange = await Task.WhenAll(sameRange.Select(WaitForCompletedAsync));
        OtherRange = await WaitForCompletedAsync(otherRange);
        Replicates = await Task.WhenAll(replicates.Select(WaitForCompletedAsync));
        Repeat = await WaitForCompletedAsync(repeat);
    }

    public async Task<Uri> SubmitAsync(object body)
    {
        using var response = await Runner.PostAsJsonAsync("/api/v1/simulations", body);
        if (response.StatusCode != HttpStatusCode.Accepted)
        {
            throw new InvalidOperationException(await response.Content.ReadAsStringAsync());
        }

        return response.Headers.Location!;
    }

    public Task DisposeAsync() => _api.DisposeAsync();

    private async Task<JsonElement> WaitForCompletedAsync(Uri location)
    {
        var deadline = DateTime.UtcNow.AddMinutes(3);
        while (true)
        {
            var status = await Reader.GetFromJsonAsync<JsonElement>(location);
            var state = status.GetProperty("state").GetString();
            if (state == "completed" && status.GetProperty("summary").ValueKind == JsonValueKind.Object)
            {
                return status;
            }

            if (state is "failed" or "cancelled" or "bankrupt" || DateTime.UtcNow > deadline)
            {
                throw new InvalidOperationException($"{location} is {state}");
            }

            await Task.Delay(100);
        }
    }
}

/// <summary>The comparisons and leaderboards tests share one API and its simulations.</summary>
[CollectionDefinition(Name)]
public sealed class ComparisonsTestGroup : ICollectionFixture<ComparisonsApiFixture>
{
    public const string Name = "Comparisons";
}

using System.Net.Http.Json;
using System.Text.Json;

namespace LuckyFive.Api.Tests.Comparisons;

/// <summary>The simulations list takes the creation-time filters under their documented names, as leaderboards do.</summary>
[Collection(ComparisonsTestGroup.Name)]
[Trait("Category", "PostgreSql")]
public sealed class SimulationListFilterTests(ComparisonsApiFixture fixture)
{
    [Fact]
    public async Task List_CreatedFromAndBefore_KeepSimulationsCreatedInTheWindow()
    {
        var from = Uri.EscapeDataString(fixture.Replicates[0].GetProperty("created_at").GetDateTimeOffset().ToString("O"));
        var to = Uri.EscapeDataString(fixture.Replicates[^1].GetProperty("created_at").GetDateTimeOffset().ToString("O"));

        var page = await fixture.Reader.GetFromJsonAsync<JsonElement>($"/api/v1/simulations?state=completed&created_from={from}&created_before={to}");

        Assert.Equal(
            fixture.Replicates.Take(4).Select(s => s.GetProperty("id").GetString()).Reverse(),
            page.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetString()));
    }
}

using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace LuckyFive.Api.Tests.Sweeps;

/// <summary>Starting a sweep through the API and following it to a final state.</summary>
internal static class SweepRuns
{
    /// <summary>Three powers of the frequency strategy, two seeds each: six children.</summary>
    public static object PowerGrid(int seed) => new
    {
        version = 1,
        name = "power_grid",
        base_recipe = new { version = 1, name = "base", strategy = "frequency", seed, parameters = new { sim_preds = 5, sim_prev_max = 100 } },
        parameters = new[] { new { name = "power", type = "discrete", values = new[] { 0, 1, 2 } } },
        replicates = 2,
    };

    public static async Task<Uri> SubmitAsync(HttpClient runner, object body)
    {
        using var response = await runner.PostAsJsonAsync("/api/v1/sweeps", body);
        Assert.True(response.StatusCode == HttpStatusCode.Accepted, await response.Content.ReadAsStringAsync());
        return response.Headers.Location!;
    }

    public static async Task<JsonElement> WaitForFinalAsync(HttpClient reader, Uri location)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromMinutes(2);
        while (true)
        {
            var sweep = await reader.GetFromJsonAsync<JsonElement>(location);
            if (sweep.GetProperty("state").GetString() is "completed" or "cancelled")
            {
                return sweep;
            }

            Assert.True(DateTime.UtcNow < deadline, $"sweep {location} is still {sweep.GetProperty("state")}");
            await Task.Delay(200);
        }
    }
}

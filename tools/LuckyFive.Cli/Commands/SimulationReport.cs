using System.Text.Json;

namespace LuckyFive.Cli.Commands;

/// <summary>A finished simulation as the API gives it, as a short report: what ran, the money, the prizes and the verdict.</summary>
internal static class SimulationReport
{
    public static void Write(ReportWriter output, JsonElement simulation, NumberStyle style, string? exportedTo)
    {
        var state = simulation.GetProperty("state").GetString();
        output.Line($"Simulation {simulation.GetProperty("id").GetString()}: {state}", LineStyle.Title);
        output.Line($"{simulation.GetProperty("strategy").GetString()}, seed {simulation.GetProperty("seed").GetUInt64()}, contests "
            + $"{simulation.GetProperty("from_contest").GetInt32()}..{simulation.GetProperty("to_contest").GetInt32()}");
        if (simulation.GetProperty("summary") is { ValueKind: JsonValueKind.Object } summary)
        {
            var counts = summary.GetProperty("prize_counts").EnumerateArray().Select(c => c.GetInt64()).ToArray();
            output.Table(
            [
                ["Contests", style.Count(summary.GetProperty("contests").GetInt32())],
                ["Tickets", style.Count(summary.GetProperty("tickets").GetInt64())],
                ["Cost", style.Money(summary.GetProperty("cost_cents").GetInt64())],
                ["Prizes", Money(summary, "prize_cents", style)],
                ["Net", Money(summary, "net_cents", style)],
                ["ROI", summary.GetProperty("roi") is { ValueKind: JsonValueKind.Number } roi ? style.Percent(roi.GetDouble()) : "unknown"],
                ["Quina / quadra / terno / duque", string.Join(" / ", counts.Select(style.Count))],
            ], 1);
            output.Line($"Verdict: {simulation.GetProperty("verdict").GetString()}", LineStyle.Good);
        }
        else if (simulation.GetProperty("reason").GetString() is { } reason)
        {
            output.Line($"Reason: {reason}", LineStyle.Warning);
        }

        if (exportedTo is not null)
        {
            output.Line($"Results written to {exportedTo}");
        }
    }

    private static string Money(JsonElement summary, string name, NumberStyle style) =>
        summary.GetProperty(name) is { ValueKind: JsonValueKind.Number } cents ? style.Money(cents.GetInt64()) : "unknown (the draws lack prizes)";
}

using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using LuckyFive.Cli.Remote;

namespace LuckyFive.Cli.Commands;

/// <summary><c>luckyfive leaderboard METRIC</c>: completed simulations, or recipes over their seeds, best first (reader key).</summary>
internal static class LeaderboardCommand
{
    public static Command Create()
    {
        var api = new ApiOptions();
        var metric = new Argument<string>("metric") { Description = "The metric to rank by: roi, net_cents, z, p_value, mean_hits_per_ticket, …" };
        var group = new Option<string?>("--group") { Description = "simulation (default) or recipe: a recipe's seeds averaged, ranked from 5 seeds on." };
        var strategy = new Option<string?>("--strategy") { Description = "Only this strategy." };
        var limit = WholeNumberOption.Create<int>("--limit", "Entries to show, 1..500 (default 20).");
        var json = new Option<bool>("--json") { Description = "Write the API's leaderboard page as JSON to stdout." };
        var command = new Command("leaderboard", "Rank completed simulations, or recipes over their seeds, on a metric.") { metric, group, strategy, limit, json };
        foreach (var option in api.All)
        {
            command.Options.Add(option);
        }

        command.SetAction((parse, cancellationToken) => CliRunner.RunAsync(async () =>
        {
            using var client = api.Connect(parse);
            var query = new List<string> { $"limit={parse.GetValue(limit) ?? 20}" };
            Add(query, "group", parse.GetValue(group));
            Add(query, "strategy", parse.GetValue(strategy));
            var board = await client.GetAsync($"/api/v1/leaderboards/{Uri.EscapeDataString(parse.GetValue(metric)!)}?{string.Join('&', query)}", cancellationToken);
            if (parse.GetValue(json))
            {
                await Console.Out.WriteLineAsync(board.GetRawText());
                return ExitCodes.Success;
            }

            var output = ReportWriter.ForStandardOutput();
            output.Line($"{board.GetProperty("metric").GetString()} by {board.GetProperty("group").GetString()}, "
                + $"{(board.GetProperty("higher_is_better").GetBoolean() ? "higher" : "lower")} is better: "
                + $"{board.GetProperty("ranked").GetInt32()} ranked, {board.GetProperty("unranked").GetInt32()} unranked", LineStyle.Title);
            List<string[]> rows = [["rank", "value", "strategy", "seeds", "contests", "parameters"]];
            rows.AddRange(board.GetProperty("items").EnumerateArray().Select(e => new[]
            {
                e.GetProperty("rank") is { ValueKind: JsonValueKind.Number } rank ? rank.GetInt32().ToString(CultureInfo.InvariantCulture) : "-",
                e.GetProperty("value") is { ValueKind: JsonValueKind.Number } value ? value.GetDouble().ToString("G6", CultureInfo.InvariantCulture) : "-",
                e.GetProperty("strategy").GetString() ?? "",
                e.GetProperty("seeds").GetArrayLength().ToString(CultureInfo.InvariantCulture),
                $"{e.GetProperty("from_contest").GetInt32()}..{e.GetProperty("to_contest").GetInt32()}",
                string.Join(" ", e.GetProperty("parameters").EnumerateObject().Select(p => $"{p.Name}={p.Value.GetDouble().ToString(CultureInfo.InvariantCulture)}")),
            }));
            output.Table(rows, 0, 1, 3);
            return ExitCodes.Success;
        }));
        return command;
    }

    private static void Add(List<string> query, string name, string? value)
    {
        if (value is not null)
        {
            query.Add($"{name}={Uri.EscapeDataString(value)}");
        }
    }
}

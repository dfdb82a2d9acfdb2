using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using LuckyFive.Cli.Remote;

namespace LuckyFive.Cli.Commands;

/// <summary><c>luckyfive compare ID ID …</c>: 2 to 50 completed simulations side by side on chosen metrics (runner key).</summary>
internal static class CompareCommand
{
    public static Command Create()
    {
        var api = new ApiOptions();
        var ids = new Argument<string[]>("simulation") { Description = "2 to 50 completed simulations' ids.", Arity = ArgumentArity.OneOrMore };
        var metrics = new Option<string?>("--metrics") { Description = "Comma-separated metrics (default roi,mean_hits_per_ticket)." };
        var name = new Option<string?>("--name") { Description = "A name for the stored comparison." };
        var json = new Option<bool>("--json") { Description = "Write the API's comparison as JSON to stdout." };
        var command = new Command("compare", "Compare completed simulations: rankings, winners and whether the leads are significant.") { ids, metrics, name, json };
        foreach (var option in api.All)
        {
            command.Options.Add(option);
        }

        command.SetAction((parse, cancellationToken) => CliRunner.RunAsync(async () =>
        {
            using var client = api.Connect(parse);
            var body = new Dictionary<string, object?> { ["simulation_ids"] = parse.GetValue(ids) };
            if (parse.GetValue(metrics) is { } chosen)
            {
                body["metrics"] = chosen.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
            }

            if (parse.GetValue(name) is { } named)
            {
                body["name"] = named;
            }

            var comparison = await client.PostAsync("/api/v1/comparisons", body, cancellationToken);
            if (parse.GetValue(json))
            {
                await Console.Out.WriteLineAsync(comparison.GetRawText());
                return ExitCodes.Success;
            }

            Report(ReportWriter.ForStandardOutput(), comparison);
            return ExitCodes.Success;
        }));
        return command;
    }

    private static void Report(ReportWriter output, JsonElement comparison)
    {
        output.Line($"Comparison {comparison.GetProperty("id").GetString()}: {comparison.GetProperty("name").GetString()}", LineStyle.Title);
        foreach (var result in comparison.GetProperty("results").EnumerateObject().Select(r => r.Value))
        {
            output.Line();
            output.Line($"{result.GetProperty("metric").GetString()} ({(result.GetProperty("higher_is_better").GetBoolean() ? "higher" : "lower")} is better)");
            List<string[]> rows = [["rank", "value", "percentile", "simulation"]];
            rows.AddRange(result.GetProperty("rankings").EnumerateArray().Select(r => new[]
            {
                Number(r.GetProperty("rank"), "0"),
                Number(r.GetProperty("value"), "G6"),
                Number(r.GetProperty("percentile"), "0.#"),
                r.GetProperty("simulation_id").GetString() ?? "",
            }));
            output.Table(rows, 0, 1, 2);
            var significant = result.GetProperty("winner_significant");
            output.Line(significant.ValueKind switch
            {
                JsonValueKind.True => "The winner's lead over every other simulation is significant (Holm-adjusted p < 0.05).",
                JsonValueKind.False => "The winner's lead is not significant over every other simulation: it may be chance.",
                _ => $"Not tested: {result.GetProperty("not_tested_reason").GetString()}",
            }, significant.ValueKind == JsonValueKind.True ? LineStyle.Good : LineStyle.Plain);
        }
    }

    private static string Number(JsonElement value, string format) =>
        value.ValueKind == JsonValueKind.Number ? value.GetDouble().ToString(format, CultureInfo.InvariantCulture) : "-";
}

using System.CommandLine;
using System.Text.Json;
using LuckyFive.Cli.Remote;

namespace LuckyFive.Cli.Commands;

/// <summary>
/// <c>luckyfive simulate</c>: runs a recipe on the cluster through the API, following its server-sent events with a
/// progress bar, then prints the summary and the verdict (or the simulation as JSON) and can export its results.
/// </summary>
internal static class SimulateCommand
{
    private static readonly string[] s_finalStates = ["completed", "bankrupt", "failed", "cancelled"];

    public static Command Create()
    {
        var api = new ApiOptions();
        var recipes = new RecipeOptions();
        var from = WholeNumberOption.Create<int>("--from", "First contest; required.");
        var to = WholeNumberOption.Create<int>("--to", "Last contest; required.");
        var batchSize = WholeNumberOption.Create<int>("--batch-size", "Contests per batch on the cluster, 1..1000 (default 50; results never depend on it).");
        var ledger = new Option<string?>("--ledger") { Description = "A bankroll ledger's id that pays the bets (POST /api/v1/ledgers)." };
        var export = new Option<string?>("--export") { Description = "Also write the per-contest results to this file: CSV for a .csv name, else the JSON of backtest --json." };
        var culture = CommonOptions.Culture();
        var json = new Option<bool>("--json") { Description = "Write the finished simulation to stdout as the API's JSON." };
        var command = new Command("simulate", "Run a recipe on the cluster through the API and follow it to its verdict.");
        foreach (var option in api.All.Concat([from, to]).Concat(recipes.All).Concat([batchSize, ledger, export, culture, json]))
        {
            command.Options.Add(option);
        }

        command.SetAction((parse, cancellationToken) => CliRunner.RunAsync(async () =>
        {
            var style = CommonOptions.StyleOf(parse.GetValue(culture));
            var recipe = RecipeArguments.Resolve(parse, recipes);
            var first = parse.GetValue(from) ?? throw new CliException("--from: required; the first contest to replay");
            var last = parse.GetValue(to) ?? throw new CliException("--to: required; the last contest to replay");
            using var client = api.Connect(parse);
            var body = new Dictionary<string, object?>
            {
                ["recipe"] = new { strategy = recipe.Strategy, seed = recipe.Seed, parameters = recipe.Parameters },
                ["from_contest"] = first,
                ["to_contest"] = last,
            };
            Put(body, "batch_size", parse.GetValue(batchSize));
            Put(body, "ledger_id", parse.GetValue(ledger));

            var submitted = await client.PostAsync("/api/v1/simulations", body, cancellationToken);
            var id = submitted.GetProperty("id").GetString()!;
            var final = await FollowAsync(client, id, $"{recipe.Strategy} {first}..{last}", cancellationToken);
            if (parse.GetValue(export) is { } path)
            {
                var format = path.EndsWith(".csv", StringComparison.OrdinalIgnoreCase) ? "csv" : "json";
                await File.WriteAllBytesAsync(path, await client.GetBytesAsync($"/api/v1/simulations/{id}/export?format={format}", cancellationToken), cancellationToken);
            }

            if (parse.GetValue(json))
            {
                await Console.Out.WriteLineAsync(final.GetRawText());
            }
            else
            {
                SimulationReport.Write(ReportWriter.ForStandardOutput(), final, style, parse.GetValue(export));
            }

            var state = final.GetProperty("state").GetString();
            if (state is "failed" or "cancelled")
            {
                await Console.Error.WriteLineAsync($"error: simulation {id} {state}: {final.GetProperty("reason").GetString()}");
                return ExitCodes.NotSucceeded;
            }

            return ExitCodes.Success;
        }));
        return command;
    }

    /// <summary>Follows the events stream to the final event; polls if the stream ends early (an API restarting).</summary>
    private static Task<JsonElement> FollowAsync(ApiClient client, string id, string title, CancellationToken cancellationToken) =>
        RemoteProgress.RunAsync(title, async report =>
        {
            await foreach (var item in client.EventsAsync($"/api/v1/simulations/{id}/events", cancellationToken))
            {
                using var document = JsonDocument.Parse(item.Data);
                var progress = document.RootElement.GetProperty("progress");
                report(progress.GetProperty("contests_done").GetInt32(), progress.GetProperty("contests_total").GetInt32(), null);
                if (s_finalStates.Contains(item.EventType))
                {
                    break;
                }
            }

            while (true)
            {
                var status = await client.GetAsync($"/api/v1/simulations/{id}", cancellationToken);
                if (s_finalStates.Contains(status.GetProperty("state").GetString())
                    && (status.GetProperty("summary").ValueKind == JsonValueKind.Object || status.GetProperty("state").GetString() is "failed" or "cancelled"))
                {
                    return status;
                }

                await Task.Delay(TimeSpan.FromMilliseconds(250), cancellationToken);
            }
        });

    private static void Put(Dictionary<string, object?> body, string name, object? value)
    {
        if (value is not null)
        {
            body[name] = value;
        }
    }
}

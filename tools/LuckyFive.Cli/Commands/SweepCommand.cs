using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using LuckyFive.Cli.Remote;

namespace LuckyFive.Cli.Commands;

/// <summary>
/// <c>luckyfive sweep</c>: starts a sweep through the API from a sweep spec file or a saved sweep config, shows its
/// children's progress, then the best child on a metric with its verdicts (docs/api.md, "Sweeps").
/// </summary>
internal static class SweepCommand
{
    public static Command Create()
    {
        var api = new ApiOptions();
        var spec = new Option<string?>("--spec") { Description = "A sweep spec JSON file (docs/recipes.md); or --config." };
        var config = new Option<string?>("--config") { Description = "A saved sweep config's id; or --spec." };
        var from = WholeNumberOption.Create<int>("--from", "First contest every child replays; required.");
        var to = WholeNumberOption.Create<int>("--to", "Last contest every child replays; required.");
        var concurrency = WholeNumberOption.Create<int>("--concurrency", "Children running at once, 1..32 (default 4).");
        var holdout = new Option<double?>("--holdout") { Description = "Share of the range, at its end, held out of the ranking, 0..0.5 (default 0)." };
        var metric = new Option<string?>("--metric") { Description = "The metric the best child is chosen by (default z)." };
        var json = new Option<bool>("--json") { Description = "Write the finished sweep and its best child as JSON to stdout." };
        var command = new Command("sweep", "Run a parameter sweep on the cluster through the API and show the best child.");
        foreach (var option in api.All.Concat([spec, config, from, to, concurrency, holdout, metric, json]))
        {
            command.Options.Add(option);
        }

        command.SetAction((parse, cancellationToken) => CliRunner.RunAsync(async () =>
        {
            var body = new Dictionary<string, object?>
            {
                ["from_contest"] = parse.GetValue(from) ?? throw new CliException("--from: required; the first contest every child replays"),
                ["to_contest"] = parse.GetValue(to) ?? throw new CliException("--to: required; the last contest every child replays"),
                ["concurrency"] = parse.GetValue(concurrency),
                ["holdout"] = parse.GetValue(holdout),
            };
            switch (parse.GetValue(spec), parse.GetValue(config))
            {
                case ({ } file, null):
                    body["spec"] = ReadSpec(file);
                    break;
                case (null, { } configId):
                    body["sweep_config_id"] = configId;
                    break;
                default:
                    throw new CliException("--spec: give either --spec FILE or --config ID");
            }

            using var client = api.Connect(parse);
            var submitted = await client.PostAsync("/api/v1/sweeps", body, cancellationToken);
            var id = submitted.GetProperty("id").GetString()!;
            var sweep = await FollowAsync(client, id, submitted.GetProperty("name").GetString()!, cancellationToken);
            var name = parse.GetValue(metric) ?? "z";
            var best = await BestAsync(client, id, name, cancellationToken);
            if (parse.GetValue(json))
            {
                await Console.Out.WriteLineAsync($"{{\"sweep\":{sweep.GetRawText()},\"best\":{(best is { } b ? b.GetRawText() : "null")}}}");
            }
            else
            {
                Report(ReportWriter.ForStandardOutput(), sweep, best, name);
            }

            var progress = sweep.GetProperty("progress");
            return sweep.GetProperty("state").GetString() == "completed" && progress.GetProperty("failed").GetInt32() == 0
                ? ExitCodes.Success
                : ExitCodes.NotSucceeded;
        }));
        return command;
    }

    private static JsonElement ReadSpec(string file)
    {
        try
        {
            return JsonDocument.Parse(File.ReadAllText(file)).RootElement.Clone();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or JsonException)
        {
            throw new CliException($"--spec: cannot read '{file}': {e.Message}");
        }
    }

    private static Task<JsonElement> FollowAsync(ApiClient client, string id, string name, CancellationToken cancellationToken) =>
        RemoteProgress.RunAsync($"sweep {name}", async report =>
        {
            while (true)
            {
                var sweep = await client.GetAsync($"/api/v1/sweeps/{id}", cancellationToken);
                var p = sweep.GetProperty("progress");
                var finished = p.GetProperty("completed").GetInt32() + p.GetProperty("failed").GetInt32() + p.GetProperty("cancelled").GetInt32();
                report(finished, p.GetProperty("total").GetInt32(),
                    $"{finished}/{p.GetProperty("total").GetInt32()} children, {p.GetProperty("running").GetInt32()} running, {p.GetProperty("failed").GetInt32()} failed");
                if (sweep.GetProperty("state").GetString() is "completed" or "cancelled")
                {
                    return sweep;
                }

                await Task.Delay(TimeSpan.FromMilliseconds(500), cancellationToken);
            }
        });

    // A sweep whose children all failed has no best: that is a result to report, not an error.
    private static async Task<JsonElement?> BestAsync(ApiClient client, string id, string metric, CancellationToken cancellationToken)
    {
        try
        {
            return await client.GetAsync($"/api/v1/sweeps/{id}/best?metric={Uri.EscapeDataString(metric)}", cancellationToken);
        }
        catch (CliException e) when (e.Code == ExitCodes.Refused && e.Message.Contains("409", StringComparison.Ordinal))
        {
            return null;
        }
    }

    private static void Report(ReportWriter output, JsonElement sweep, JsonElement? best, string metric)
    {
        var p = sweep.GetProperty("progress");
        output.Line($"Sweep {sweep.GetProperty("id").GetString()} ({sweep.GetProperty("name").GetString()}): {sweep.GetProperty("state").GetString()}", LineStyle.Title);
        output.Line($"{p.GetProperty("total").GetInt32()} children: {p.GetProperty("completed").GetInt32()} completed, "
            + $"{p.GetProperty("failed").GetInt32()} failed, {p.GetProperty("cancelled").GetInt32()} cancelled");
        if (best is not { } b)
        {
            output.Line($"No child has a value of {metric}.", LineStyle.Warning);
            return;
        }

        var child = b.GetProperty("child");
        var parameters = string.Join(", ", child.GetProperty("parameters").EnumerateObject()
            .Select(q => $"{q.Name} = {q.Value.GetDouble().ToString(CultureInfo.InvariantCulture)}"));
        output.Line($"Best on {metric} ({b.GetProperty("ranked_on").GetString()!.Replace('_', ' ')}): child {child.GetProperty("index").GetInt32()} "
            + $"({parameters}; seed {child.GetProperty("seed").GetUInt64()}), {metric} = {b.GetProperty("value").GetDouble().ToString("G6", CultureInfo.InvariantCulture)}");
        output.Line($"Simulation {child.GetProperty("simulation_id").GetString()}");
        output.Line(b.GetProperty("verdict").GetString()!, LineStyle.Good);
    }
}

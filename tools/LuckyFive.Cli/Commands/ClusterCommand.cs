using System.CommandLine;
using System.Globalization;
using LuckyFive.Cli.Remote;

namespace LuckyFive.Cli.Commands;

/// <summary><c>luckyfive cluster status</c>: the silos and the activations per grain type, as tables (admin key).</summary>
internal static class ClusterCommand
{
    public static Command Create()
    {
        var api = new ApiOptions();
        var json = new Option<bool>("--json") { Description = "Write the API's cluster document as JSON to stdout." };
        var status = new Command("status", "The cluster's silos with their status and load, and activations per grain type.") { json };
        foreach (var option in api.All)
        {
            status.Options.Add(option);
        }

        status.SetAction((parse, cancellationToken) => CliRunner.RunAsync(async () =>
        {
            using var client = api.Connect(parse);
            var cluster = await client.GetAsync("/api/v1/cluster", cancellationToken);
            if (parse.GetValue(json))
            {
                await Console.Out.WriteLineAsync(cluster.GetRawText());
                return ExitCodes.Success;
            }

            var output = ReportWriter.ForStandardOutput();
            output.Line($"{cluster.GetProperty("active_silos").GetInt32()} active silo(s)", LineStyle.Title);
            List<string[]> silos = [["silo", "status", "address", "activations", "cpu %", "memory MiB"]];
            silos.AddRange(cluster.GetProperty("silos").EnumerateArray().Select(s => new[]
            {
                s.GetProperty("name").GetString() ?? "",
                s.GetProperty("status").GetString() ?? "",
                s.GetProperty("address").GetString() ?? "",
                Number(s, "activations"),
                Number(s, "cpu_usage_percent", "0.0"),
                s.GetProperty("load") is { ValueKind: System.Text.Json.JsonValueKind.Object } load
                    ? (load.GetProperty("memory_usage_bytes").GetDouble() / (1 << 20)).ToString("0", CultureInfo.InvariantCulture)
                    : "",
            }));
            output.Table(silos, 3, 4, 5);
            output.Line();
            List<string[]> grains = [["grain type", "activations"]];
            grains.AddRange(cluster.GetProperty("activations").EnumerateArray()
                .Select(g => new[] { g.GetProperty("grain_type").GetString() ?? "", g.GetProperty("activations").GetInt32().ToString(CultureInfo.InvariantCulture) }));
            output.Table(grains, 1);
            return ExitCodes.Success;
        }));
        return new Command("cluster", "Look at the cluster through the API.") { status };
    }

    private static string Number(System.Text.Json.JsonElement silo, string name, string format = "0") =>
        silo.GetProperty("load") is { ValueKind: System.Text.Json.JsonValueKind.Object } load && load.TryGetProperty(name, out var value) && value.ValueKind == System.Text.Json.JsonValueKind.Number
            ? value.GetDouble().ToString(format, CultureInfo.InvariantCulture)
            : "";
}

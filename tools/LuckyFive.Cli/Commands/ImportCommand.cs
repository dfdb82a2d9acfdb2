using System.CommandLine;
using LuckyFive.Cli.Remote;

namespace LuckyFive.Cli.Commands;

/// <summary><c>luckyfive import FILE</c>: sends a results workbook or CSV to the cluster (admin key) and reports what changed.</summary>
internal static class ImportCommand
{
    public static Command Create()
    {
        var api = new ApiOptions();
        var file = new Argument<string>("file") { Description = "The results workbook (.xlsx) or CSV to import." };
        var json = new Option<bool>("--json") { Description = "Write the API's import report as JSON to stdout." };
        var command = new Command("import", "Import official results into the cluster; re-importing the same file changes nothing.") { file, json };
        foreach (var option in api.All)
        {
            command.Options.Add(option);
        }

        command.SetAction((parse, cancellationToken) => CliRunner.RunAsync(async () =>
        {
            var path = parse.GetValue(file)!;
            if (!File.Exists(path))
            {
                throw new CliException($"file: no file at '{path}'");
            }

            using var client = api.Connect(parse);
            var report = await client.PostFileAsync("/api/v1/results/import", path, cancellationToken);
            var rejected = report.GetProperty("rejected").GetInt32();
            if (parse.GetValue(json))
            {
                await Console.Out.WriteLineAsync(report.GetRawText());
            }
            else
            {
                var output = ReportWriter.ForStandardOutput();
                output.Line($"{path}: draws version {report.GetProperty("version").GetInt64()}", LineStyle.Title);
                output.Line(
                    $"{report.GetProperty("inserted").GetInt32()} inserted, {report.GetProperty("updated").GetInt32()} updated, "
                    + $"{report.GetProperty("unchanged").GetInt32()} unchanged, {rejected} rejected",
                    rejected == 0 ? LineStyle.Good : LineStyle.Warning);
                foreach (var rejection in report.GetProperty("rejections").EnumerateArray())
                {
                    var column = rejection.GetProperty("column").GetString();
                    output.Line($"  row {rejection.GetProperty("row").GetInt32()}{(column is null ? "" : $", {column}")}: {rejection.GetProperty("reason").GetString()}");
                }
            }

            return rejected == 0 ? ExitCodes.Success : ExitCodes.NotSucceeded;
        }));
        return command;
    }
}

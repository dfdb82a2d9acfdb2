using System.CommandLine;
using Spectre.Console;

namespace LuckyFive.Cli.Commands;

/// <summary><c>luckyfive draws check</c>: import a results file and report every rejected row.</summary>
internal static class DrawsCommand
{
    public static Command Create()
    {
        var draws = new Option<string>("--draws") { Description = "Results file (.xlsx or .csv).", Required = true };
        var sheet = new Option<string?>("--sheet") { Description = "Worksheet name in an .xlsx file (default QUINA)." };
        var check = new Command("check", "Import a results file and report inserted, rejected and skipped rows.") { draws, sheet };
        check.SetAction((parse, _) => CliRunner.RunAsync(() =>
        {
            var path = parse.GetValue(draws)!;
            var result = DrawSource.Import(path, parse.GetValue(sheet));
            var report = result.Report;
            var history = result.History;
            AnsiConsole.MarkupLine($"[bold]{Markup.Escape(path)}[/]: {history.Count} contests ({history.FirstContest}..{history.LastContest})");
            AnsiConsole.WriteLine(report.ToString());
            foreach (var rejection in report.Rejections)
            {
                AnsiConsole.WriteLine("  " + rejection);
            }

            return report.Rejected == 0 ? 0 : 1;
        }));

        return new Command("draws", "Work with results files.") { check };
    }
}

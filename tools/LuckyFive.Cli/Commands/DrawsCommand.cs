using System.CommandLine;
using LuckyFive.Domain.Draws;

namespace LuckyFive.Cli.Commands;

/// <summary><c>luckyfive draws check</c>: import a results file and report every rejected row; <c>draws demo</c>: the demo history as CSV.</summary>
internal static class DrawsCommand
{
    public static Command Create()
    {
        var draws = new Option<string?>("--draws") { Description = "Results file (.xlsx or .csv); required." };
        var sheet = CommonOptions.Sheet();
        var culture = CommonOptions.Culture();
        var check = new Command("check", "Import a results file and report inserted, rejected and skipped rows.") { draws, sheet, culture };
        check.SetAction((parse, _) => CliRunner.RunAsync(() =>
        {
            var path = parse.GetValue(draws) ?? throw new CliException("--draws: required; give the results file to check");
            var style = CommonOptions.StyleOf(parse.GetValue(culture));
            var result = DrawSource.Import(path, parse.GetValue(sheet));
            var report = result.Report;
            var history = result.History;
            var output = ReportWriter.ForStandardOutput();
            output.Line($"{path}: {style.Count(history.Count)} contests ({history.FirstContest}..{history.LastContest})", LineStyle.Title);
            output.Line(
                $"{style.Count(report.Inserted)} inserted, {style.Count(report.Updated)} updated, {style.Count(report.Unchanged)} unchanged,"
                + $" {style.Count(report.Rejected)} rejected, {style.Count(report.EmptyRowsSkipped)} empty rows skipped",
                report.Rejected == 0 ? LineStyle.Good : LineStyle.Warning);
            if (history.Count > 0 && !history.Draws.All(d => d.PrizesKnown))
            {
                output.Line("Prizes: unknown (the file has no winners and prize columns for every tier)");
            }

            foreach (var rejection in report.Rejections)
            {
                output.Line("  " + rejection);
            }

            return report.Rejected == 0 ? 0 : 1;
        }));

        var demo = new Command("demo", $"Write the synthetic demo history ({DrawSource.DemoContests} contests, seed {DrawSource.DemoSeed}) as CSV on standard output, for importing where no results file is at hand.");
        demo.SetAction((_, _) => CliRunner.RunAsync(() =>
        {
            DemoCsv.Write(SyntheticHistory.Generate(DrawSource.DemoContests, DrawSource.DemoSeed), Console.Out);
            return 0;
        }));

        return new Command("draws", "Work with results files.") { check, demo };
    }
}

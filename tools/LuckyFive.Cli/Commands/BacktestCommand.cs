using System.CommandLine;
using System.Text.Json;
using LuckyFive.Domain.Backtesting;
using LuckyFive.Domain.Rules;
using Spectre.Console;

namespace LuckyFive.Cli.Commands;

/// <summary><c>luckyfive backtest</c>: replay a strategy over a contest range and report cost, prizes and chance.</summary>
internal static class BacktestCommand
{
    private const int DefaultContests = 100;

    public static Command Create()
    {
        var options = new BacktestOptions();
        var command = new Command("backtest", "Replay a strategy over a range of contests.");
        foreach (var option in options.All)
        {
            command.Options.Add(option);
        }

        command.SetAction((parse, cancellationToken) => CliRunner.RunAsync(() => Run(parse, options, cancellationToken)));
        return command;
    }

    private static int Run(ParseResult parse, BacktestOptions options, CancellationToken cancellationToken)
    {
        var json = parse.GetValue(options.Json);
        var style = CommonOptions.StyleOf(parse.GetValue(options.Culture));
        var batchSize = AtLeastOne(options.BatchSize, parse.GetValue(options.BatchSize)) ?? BacktestEngine.DefaultBatchSize;
        var parallelism = AtLeastOne(options.Parallelism, parse.GetValue(options.Parallelism)) ?? Environment.ProcessorCount;
        var recipe = RecipeArguments.Resolve(parse, options.Recipes);
        var pricing = LoadPricing(parse.GetValue(options.Prices));
        var history = DrawSource.Load(parse.GetValue(options.Draws), parse.GetValue(options.Sheet), Console.Error);
        var engine = new BacktestEngine(history, pricing);

        var to = parse.GetValue(options.To) ?? history.LastContest;
        var from = parse.GetValue(options.From) ?? Math.Max(history.FirstContest, to - DefaultContests + 1);
        var spec = new BacktestSpec(recipe.Strategy, recipe.Seed, recipe.Parameters, from, to);
        var errors = engine.Validate(spec);
        if (errors.Count > 0)
        {
            throw new CliException([.. errors.Select(e => $"--{e.Field}: {e.Reason}")]);
        }

        var result = RunWithProgress(engine, spec, batchSize, parallelism, cancellationToken);
        foreach (var warning in BacktestReport.Warnings(result, style))
        {
            Console.Error.WriteLine(warning);
        }

        if (json)
        {
            using var stdout = Console.OpenStandardOutput();
            using (var writer = new Utf8JsonWriter(stdout))
            {
                BacktestJson.Write(writer, result);
            }

            stdout.WriteByte((byte)'\n');
        }
        else
        {
            BacktestReport.Write(ReportWriter.ForStandardOutput(), result, style);
        }

        return 0;
    }

    private static int? AtLeastOne(Option<int?> option, int? value) =>
        value is < 1 ? throw new CliException($"{option.Name}: must be at least 1, got {value}") : value;

    private static BacktestResult RunWithProgress(BacktestEngine engine, BacktestSpec spec, int batchSize, int parallelism, CancellationToken token)
    {
        if (Console.IsErrorRedirected)
        {
            return engine.Run(spec, batchSize, parallelism, null, token);
        }

        var console = ConsoleFor(Console.Error);
        var total = Math.Max(1, spec.ToContest - spec.FromContest + 1);
        BacktestResult? result = null;
        console.Progress().AutoClear(true).Start(context =>
        {
            var task = context.AddTask($"{spec.Strategy} {spec.FromContest}..{spec.ToContest}", maxValue: total);
            result = engine.Run(spec, batchSize, parallelism, new Progress<int>(done => task.Value = Math.Max(task.Value, done)), token);
            task.Value = total;
        });
        return result!;
    }

    /// <summary>A console on stderr for the progress bar, drawn only when stderr is a terminal.</summary>
    private static IAnsiConsole ConsoleFor(TextWriter writer) => AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(writer) });

    private static TicketPricing? LoadPricing(string? path)
    {
        if (path is null)
        {
            return null;
        }

        if (!File.Exists(path))
        {
            throw new CliException($"--prices: no file at '{path}'");
        }

        try
        {
            using var reader = File.OpenText(path);
            return new TicketPricing(TicketPrices.ParseCsv(reader));
        }
        catch (FormatException e)
        {
            throw new CliException($"--prices: '{path}': {e.Message}");
        }
    }
}

using System.CommandLine;
using System.Text.Json;
using LuckyFive.Cli.Database;
using LuckyFive.Grains.Database;

namespace LuckyFive.Cli.Commands;

/// <summary>
/// <c>luckyfive db migrate</c>: brings the cluster database's schema up to date with the migrations a silo applies at
/// start (and <c>luckyfive-silo --migrate-only</c> applies), through the same migrator.
/// </summary>
internal static class DbCommand
{
    private static readonly JsonSerializerOptions s_json = new() { PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower };

    public static Command Create() => new("db", "Work on the cluster database directly, without the API.") { Migrate() };

    private static Command Migrate()
    {
        var connection = new Option<string?>("--connection")
        {
            Description = $"Npgsql connection string of the cluster database (default ${DatabaseConnection.Variable}, else ${DatabaseConnection.ProcessVariable}).",
        };
        var json = new Option<bool>("--json") { Description = "Write the migrations applied and already applied as JSON to stdout." };
        var command = new Command("migrate", "Apply the schema migrations a silo applies at start; a current schema is left as it is.") { connection, json };
        command.SetAction((parse, cancellationToken) => CliRunner.RunAsync(async () =>
        {
            var database = DatabaseConnection.From(parse.GetValue(connection));
            MigrationReport report;
            await using (var dataSource = database.OpenDataSource())
            {
                try
                {
                    report = await new PostgresMigrator(dataSource).MigrateAsync([MigrationSet.LuckyFive], cancellationToken);
                }
                catch (Exception e) when (database.Failure(e) is { } failure)
                {
                    throw failure;
                }
            }

            if (parse.GetValue(json))
            {
                await Console.Out.WriteLineAsync(JsonSerializer.Serialize(report, s_json));
                return ExitCodes.Success;
            }

            var output = ReportWriter.ForStandardOutput();
            foreach (var applied in report.Applied)
            {
                output.Line($"applied {applied}");
            }

            output.Line(report.Applied.Count == 0
                ? $"schema is current: nothing to apply ({report.AlreadyApplied.Count} migrations already applied)"
                : $"schema up to date: {report.Applied.Count} applied, {report.AlreadyApplied.Count} already applied", LineStyle.Good);
            return ExitCodes.Success;
        }));
        return command;
    }
}

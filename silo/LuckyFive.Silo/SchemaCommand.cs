using LuckyFive.Grains.Database;
using LuckyFive.Hosting;
using Npgsql;

namespace LuckyFive.Silo;

/// <summary><c>luckyfive-silo --migrate-only</c>: brings the database schema up to date and exits, e.g. as a deployment's migration job.</summary>
internal static class SchemaCommand
{
    public const string Flag = "--migrate-only";

    public static async Task<int> RunAsync(string[] args, TextWriter output)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ContentRootPath = AppContext.BaseDirectory });
        var options = LuckyFiveClusterOptions.From(builder.Configuration, silo: false);
        await using var database = NpgsqlDataSource.Create(options.ConnectionString);
        try
        {
            var report = await new PostgresMigrator(database).MigrateAsync([MigrationSet.LuckyFive]);
            foreach (var applied in report.Applied)
            {
                await output.WriteLineAsync($"applied {applied}");
            }

            await output.WriteLineAsync($"schema up to date: {report.Applied.Count} applied, {report.AlreadyApplied.Count} already applied");
            return 0;
        }
        catch (Exception e) when (DatabaseStartFailure.Is(e))
        {
            await Console.Error.WriteLineAsync($"error: {e.Message}");
            return 1;
        }
    }
}

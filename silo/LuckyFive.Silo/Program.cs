using LuckyFive.Hosting;
using LuckyFive.Silo;

// Configuration: the "LuckyFive" section (ConnectionString is required; see silo/README.md) from appsettings.json,
// LuckyFive__* environment variables or --LuckyFive:Key=value; HTTP on --urls. "--migrate-only" applies the
// database migrations and exits.
try
{
    if (args.Contains(SchemaCommand.Flag, StringComparer.Ordinal))
    {
        return await SchemaCommand.RunAsync(args.Where(a => a != SchemaCommand.Flag).ToArray(), Console.Out);
    }

    var app = SiloHost.Build(args);
    ShutdownBudget.Enforce(app);
    await app.RunAsync();
    return 0;
}
catch (LuckyFiveConfigurationException e)
{
    await Console.Error.WriteLineAsync($"error: {e.Message}");
    return 2;
}
catch (Exception e) when (DatabaseStartFailure.Is(e))
{
    // The database cannot be reached or brought up to date at start: one clear line, not a stack trace.
    await Console.Error.WriteLineAsync($"error: the cluster database: {e.Message}");
    return 1;
}

using LuckyFive.Api;
using LuckyFive.Hosting;

// A cluster client by default; "--cohost" runs a silo in this process too (the single-process set-up).
// Configuration: the "LuckyFive" section (ConnectionString is required; see api/README.md); HTTP on --urls.
try
{
    var app = ApiHost.Build(args);
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

using System.CommandLine;
using LuckyFive.Load;

// An open-loop HTTP load at a fixed rate: requests start on schedule whether or not earlier ones have answered, so
// a slow server shows as latency instead of a politely lower rate. Loopback targets only; it stops by itself.
var url = new Option<string>("--url") { Description = "The URL to GET (http://127.0.0.1 or localhost only).", Required = true };
var headers = new Option<string[]>("--header") { Description = "A request header, 'Name: value'; repeat for more." };
var rate = new Option<int>("--rate") { Description = "Requests started per second (1–50000).", DefaultValueFactory = _ => 2000 };
var seconds = new Option<int>("--seconds") { Description = "How long to measure, after the warm-up (1–300).", DefaultValueFactory = _ => 10 };
var warmUp = new Option<int>("--warmup") { Description = "Seconds at the same rate before measuring, not counted (0–60).", DefaultValueFactory = _ => 5 };
var maxInFlight = new Option<int>("--max-in-flight") { Description = "Requests open at once before new ones are counted as skipped.", DefaultValueFactory = _ => 512 };
var root = new RootCommand("Sends GET requests at a fixed rate and prints the latency percentiles.") { url, headers, rate, seconds, warmUp, maxInFlight };
root.SetAction(async (result, cancellationToken) =>
{
    if (!Uri.TryCreate(result.GetValue(url), UriKind.Absolute, out var target) || target.Scheme is not ("http" or "https"))
    {
        await Console.Error.WriteLineAsync($"error: --url: '{result.GetValue(url)}' is not an absolute http URL");
        return 2;
    }

    var plan = new LoadPlan(target, result.GetValue(headers) ?? [], result.GetValue(rate), TimeSpan.FromSeconds(result.GetValue(seconds)), TimeSpan.FromSeconds(result.GetValue(warmUp)), result.GetValue(maxInFlight));
    if (plan.Problem() is { } problem)
    {
        await Console.Error.WriteLineAsync($"error: {problem}");
        return 2;
    }

    var report = await OpenLoop.RunAsync(plan, cancellationToken);
    Console.WriteLine(report);
    return report.Failed == 0 ? 0 : 1;
});
return await root.Parse(args).InvokeAsync();

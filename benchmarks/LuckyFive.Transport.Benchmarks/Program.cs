using LuckyFive.Transport.Benchmarks;

// Compares the two transport designs considered for silo-to-silo messaging on loopback (decision record
// docs/decisions/runtime-0005-silo-transport.md), and measures grain calls between two silos over the chosen one:
// round trips with 1 and 64 calls in flight. Arguments: [seconds per case] [all|transport|grains].
var seconds = args.Length > 0 ? int.Parse(args[0], System.Globalization.CultureInfo.InvariantCulture) : 5;
var what = args.Length > 1 ? args[1] : "all";
foreach (var inFlight in new[] { 1, 64 })
{
    if (what is "all" or "transport")
    {
        Report("framed TCP (TcpMessageTransport)", inFlight, await FramedTcpRoundTrips.RunAsync(inFlight, TimeSpan.FromSeconds(seconds)));
        Report("HTTP/2 h2c (Kestrel + HttpClient)", inFlight, await H2cRoundTrips.RunAsync(inFlight, TimeSpan.FromSeconds(seconds)));
    }

    if (what is "all" or "grains")
    {
        Report("cross-silo grain calls over TCP", inFlight, await CrossSiloGrainCalls.RunAsync(inFlight, TimeSpan.FromSeconds(seconds)));
    }
}

static void Report(string name, int inFlight, LatencyRecorder recorder) =>
    Console.WriteLine($"{name,-36} in flight {inFlight,3}: {recorder.Summary()}");

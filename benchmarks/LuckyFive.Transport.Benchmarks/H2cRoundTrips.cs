using System.Diagnostics;
using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.Logging;

namespace LuckyFive.Transport.Benchmarks;

/// <summary>
/// The alternative design: each message a POST over one HTTP/2 cleartext connection (Kestrel server, HttpClient
/// with prior knowledge), the response carrying the reply.
/// </summary>
internal static class H2cRoundTrips
{
    public static async Task<LatencyRecorder> RunAsync(int inFlight, TimeSpan duration)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(k => k.Listen(IPAddress.Loopback, 0, o => o.Protocols = HttpProtocols.Http2));
        await using var app = builder.Build();
        app.MapPost("/m", async (HttpContext context) =>
        {
            var buffer = new byte[64];
            await context.Request.Body.ReadExactlyAsync(buffer);
            await context.Response.Body.WriteAsync(buffer);
        });
        await app.StartAsync();
        var address = app.Urls.First();

        using var client = new HttpClient(new SocketsHttpHandler { EnableMultipleHttp2Connections = false })
        {
            DefaultRequestVersion = HttpVersion.Version20,
            DefaultVersionPolicy = HttpVersionPolicy.RequestVersionExact,
        };
        var body = new byte[64];
        var recorder = new LatencyRecorder();
        var deadline = Stopwatch.GetTimestamp() + (long)(duration.TotalSeconds * Stopwatch.Frequency);
        await Task.WhenAll(Enumerable.Range(0, inFlight).Select(_ => Task.Run(async () =>
        {
            while (Stopwatch.GetTimestamp() < deadline)
            {
                var start = Stopwatch.GetTimestamp();
                using var response = await client.PostAsync($"{address}/m", new ByteArrayContent(body));
                await response.Content.ReadAsByteArrayAsync();
                recorder.Add(Stopwatch.GetTimestamp() - start);
            }
        })));
        await app.StopAsync();
        return recorder;
    }
}

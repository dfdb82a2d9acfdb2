using System.Collections.Concurrent;
using System.Diagnostics;
using LuckyFive.Runtime;
using LuckyFive.Runtime.Abstractions;
using Microsoft.Extensions.Options;

namespace LuckyFive.Transport.Benchmarks;

/// <summary>Round trips over two <see cref="TcpMessageTransport"/>s: A sends a request, B answers on its own connection.</summary>
internal static class FramedTcpRoundTrips
{
    public static async Task<LatencyRecorder> RunAsync(int inFlight, TimeSpan duration)
    {
        var pending = new ConcurrentDictionary<long, TaskCompletionSource>();
        await using var a = Create();
        await using var b = Create();
        var aAddress = new SiloAddress(a.Bind().ToString(), 1);
        var bAddress = new SiloAddress(b.Bind().ToString(), 1);
        a.Start(aAddress, response =>
        {
            if (pending.TryRemove(response.Id, out var done))
            {
                done.SetResult();
            }
        });
        b.Start(bAddress, request => b.Send(aAddress, new Message
        {
            Kind = MessageKind.Response, Id = request.Id, Sender = bAddress, TargetGrain = request.TargetGrain, Body = request.Body,
        }));

        var body = new byte[64];
        var next = 0L;
        var recorder = new LatencyRecorder();
        var deadline = Stopwatch.GetTimestamp() + (long)(duration.TotalSeconds * Stopwatch.Frequency);
        await Task.WhenAll(Enumerable.Range(0, inFlight).Select(_ => Task.Run(async () =>
        {
            while (Stopwatch.GetTimestamp() < deadline)
            {
                var id = Interlocked.Increment(ref next);
                var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
                pending[id] = done;
                var start = Stopwatch.GetTimestamp();
                a.Send(bAddress, new Message
                {
                    Kind = MessageKind.Request, Id = id, Sender = aAddress, TargetGrain = GrainId.Create("bench", "k"), Body = body,
                });
                await done.Task;
                recorder.Add(Stopwatch.GetTimestamp() - start);
            }
        })));
        return recorder;
    }

    private static TcpMessageTransport Create() => new(
        Options.Create(new NetworkingOptions { ClusterSecret = "benchmark" }),
        Options.Create(new ClusterOptions { ClusterId = "bench" }));
}

using Orleans.Placement;

namespace LuckyFive.Cluster.Benchmarks;

/// <summary>One state write per call through the silo's <c>Default</c> storage (ADO.NET on PostgreSQL).</summary>
[Alias("LuckyFive.Cluster.Benchmarks.IStateWriterGrain")]
public interface IStateWriterGrain : IGrainWithStringKey
{
    [Alias("Write")]
    Task Write();
}

[GenerateSerializer]
[Alias("LuckyFive.Cluster.Benchmarks.WriterState")]
public sealed class WriterState
{
    [Id(0)]
    public long Writes { get; set; }

    /// <summary>About the size of a small product state, so a write is not just a counter.</summary>
    [Id(1)]
    public string Payload { get; set; } = "";
}

[PreferLocalPlacement]
public sealed class StateWriterGrain(
    [PersistentState("luckyfive-benchmark-writer")] IPersistentState<WriterState> state) : Grain, IStateWriterGrain
{
    private static readonly string Payload = new('x', 200);

    public async Task Write()
    {
        state.State.Writes += 1;
        state.State.Payload = Payload;
        await state.WriteStateAsync();
    }
}

namespace LuckyFive.Grains.Hosting;

/// <summary>
/// Serialises a grain's writes of its state and read-model row. A grain's background run and its calls interleave at
/// awaits; writes go one at a time so each carries the etag the last one got.
/// </summary>
internal sealed class OneWriteAtATime : IDisposable
{
    private readonly SemaphoreSlim _gate = new(1, 1);

    public async Task RunAsync(Func<Task> write)
    {
        await _gate.WaitAsync();
        try
        {
            await write();
        }
        finally
        {
            _gate.Release();
        }
    }

    public void Dispose() => _gate.Dispose();
}

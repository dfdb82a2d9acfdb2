namespace LuckyFive.Runtime.Tests.Grains;

public interface IBehaviourGrain : IGrainWithStringKey
{
    Task Throw(string message);

    Task ThrowCustom(string message);

    Task Sleep(int milliseconds);

    Task<bool> WaitForCancellation(CancellationToken cancellationToken);

    Task<string?> GetContextValue(string key);

    Task<string?> GetContextValueThrough(string otherKey, string key);

    Task<int> CallThroughReference(IPingGrain other, int value);

    Task<int> Accept(Node node);
}

public sealed class Node
{
    public int Value { get; set; }

    public Node? Next { get; set; }
}

public sealed class BehaviourGrain : Grain, IBehaviourGrain
{
    public Task Throw(string message) => throw new InvalidOperationException(message);

    public Task ThrowCustom(string message) => throw new KeyNotFoundException(message);

    public Task Sleep(int milliseconds) => Task.Delay(milliseconds);

    public async Task<bool> WaitForCancellation(CancellationToken cancellationToken)
    {
        var key = this.GetPrimaryKeyString();
        GrainEvents.Record(key, "waiting");
        try
        {
            await Task.Delay(Timeout.Infinite, cancellationToken);
            return false;
        }
        catch (OperationCanceledException)
        {
            GrainEvents.Record(key, "cancelled");
            throw;
        }
    }

    public Task<string?> GetContextValue(string key) => Task.FromResult(RequestContext.Get(key) as string);

    public Task<string?> GetContextValueThrough(string otherKey, string key) =>
        GrainFactory.GetGrain<IBehaviourGrain>(otherKey).GetContextValue(key);

    public Task<int> CallThroughReference(IPingGrain other, int value) => other.Ping(value);

    public Task<int> Accept(Node node) => Task.FromResult(node.Value);
}

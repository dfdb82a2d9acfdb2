using System.Collections.Concurrent;
using LuckyFive.Runtime.Abstractions;

namespace LuckyFive.Runtime;

/// <summary>The caller's side of one pending request: completes exactly once, by response, timeout or cancellation.</summary>
internal abstract class ResponseCallback(ConcurrentDictionary<long, ResponseCallback> registry, long id, GrainId target, GrainMethodMetadata method, long deadline)
{
    private int _completed;

    public long Id { get; } = id;

    public GrainId Target { get; } = target;

    public GrainMethodMetadata Method { get; } = method;

    /// <summary><see cref="Environment.TickCount64"/> after which the call times out.</summary>
    public long Deadline { get; } = deadline;

    /// <summary>The silo the request was sent to, when it left this process's runtime.</summary>
    public SiloAddress? TargetSilo { get; set; }

    public CancellationTokenRegistration CancellationRegistration { get; set; }

    public bool IsCompleted => Volatile.Read(ref _completed) != 0;

    public void Complete(object? result)
    {
        if (TryClaim())
        {
            SetResult(result);
        }
    }

    public void Fail(Exception exception)
    {
        if (TryClaim())
        {
            SetException(exception);
        }
    }

    protected abstract void SetResult(object? result);

    protected abstract void SetException(Exception exception);

    private bool TryClaim()
    {
        if (Interlocked.Exchange(ref _completed, 1) != 0)
        {
            return false;
        }

        registry.TryRemove(Id, out _);
        CancellationRegistration.Dispose();
        return true;
    }
}

/// <summary>A pending request returning <typeparamref name="T"/>.</summary>
internal sealed class ResponseCallback<T>(ConcurrentDictionary<long, ResponseCallback> registry, long id, GrainId target, GrainMethodMetadata method, long deadline)
    : ResponseCallback(registry, id, target, method, deadline)
{
    // Continuations run asynchronously so a completing silo thread never runs the caller's code inline.
    private readonly TaskCompletionSource<T> _completion = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public Task<T> Task => _completion.Task;

    protected override void SetResult(object? result) => _completion.TrySetResult(result is null ? default! : (T)result);

    protected override void SetException(Exception exception)
    {
        if (exception is OperationCanceledException canceled)
        {
            _completion.TrySetCanceled(canceled.CancellationToken);
        }
        else
        {
            _completion.TrySetException(exception);
        }
    }
}

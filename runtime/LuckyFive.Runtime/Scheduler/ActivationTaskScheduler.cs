using System.Collections.Concurrent;

namespace LuckyFive.Runtime;

/// <summary>
/// Runs the turns of one activation one at a time on the shared thread pool, with no thread affinity. Tasks are
/// queued; the first enqueue schedules one pass over the queue; a pass ends after a bounded number of turns so a
/// busy activation cannot hold a pool thread forever.
/// </summary>
internal sealed class ActivationTaskScheduler : TaskScheduler, IThreadPoolWorkItem
{
    private const int MaxTurnsPerPass = 64;

    [ThreadStatic]
    private static ActivationTaskScheduler? t_running;

    private readonly ConcurrentQueue<Task> _queue = new();
    private int _scheduled;

    public override int MaximumConcurrencyLevel => 1;

    public void Execute()
    {
        t_running = this;
        try
        {
            for (var i = 0; i < MaxTurnsPerPass && _queue.TryDequeue(out var task); i++)
            {
                TryExecuteTask(task);
            }
        }
        finally
        {
            t_running = null;
        }

        Volatile.Write(ref _scheduled, 0);

        // A task queued after the last dequeue but before the flag was cleared must not be stranded.
        if (!_queue.IsEmpty && Interlocked.CompareExchange(ref _scheduled, 1, 0) == 0)
        {
            ThreadPool.UnsafeQueueUserWorkItem(this, preferLocal: true);
        }
    }

    protected override void QueueTask(Task task)
    {
        _queue.Enqueue(task);
        if (Interlocked.CompareExchange(ref _scheduled, 1, 0) == 0)
        {
            ThreadPool.UnsafeQueueUserWorkItem(this, preferLocal: true);
        }
    }

    // Inline only when already running a turn of this activation: exclusivity is preserved.
    protected override bool TryExecuteTaskInline(Task task, bool taskWasPreviouslyQueued) =>
        t_running == this && !taskWasPreviouslyQueued && TryExecuteTask(task);

    protected override IEnumerable<Task> GetScheduledTasks() => _queue.ToArray();
}

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

    // A plain queue under a lock: one activation rarely sees contention, and it is far smaller than a
    // ConcurrentQueue, which matters with hundreds of thousands of activations.
    private readonly Queue<Task> _queue = new();
    private bool _scheduled;

    public override int MaximumConcurrencyLevel => 1;

    public void Execute()
    {
        t_running = this;
        try
        {
            for (var i = 0; i < MaxTurnsPerPass && TryDequeue(out var task); i++)
            {
                TryExecuteTask(task);
            }
        }
        finally
        {
            t_running = null;
        }

        bool more;
        lock (_queue)
        {
            // Still work to do (a long queue, or tasks queued during the pass): this pass hands over to the next.
            more = _scheduled = _queue.Count > 0;
        }

        if (more)
        {
            ThreadPool.UnsafeQueueUserWorkItem(this, preferLocal: true);
        }
    }

    protected override void QueueTask(Task task)
    {
        bool schedule;
        lock (_queue)
        {
            _queue.Enqueue(task);
            schedule = !_scheduled;
            _scheduled = true;
        }

        if (schedule)
        {
            ThreadPool.UnsafeQueueUserWorkItem(this, preferLocal: true);
        }
    }

    private bool TryDequeue(out Task task)
    {
        lock (_queue)
        {
            return _queue.TryDequeue(out task!);
        }
    }

    // Inline only when already running a turn of this activation: exclusivity is preserved.
    protected override bool TryExecuteTaskInline(Task task, bool taskWasPreviouslyQueued) =>
        t_running == this && !taskWasPreviouslyQueued && TryExecuteTask(task);

    protected override IEnumerable<Task> GetScheduledTasks()
    {
        lock (_queue)
        {
            return _queue.ToArray();
        }
    }
}

using LuckyFive.Runtime.Abstractions;

namespace LuckyFive.Runtime;

/// <summary>
/// The local pool of a stateless worker key: an idle worker takes the request, otherwise a new worker is created
/// up to the limit, otherwise the least busy worker queues it.
/// </summary>
internal sealed class StatelessWorkerGroup(SiloRuntime silo, GrainClassMetadata grainClass, GrainId grainId)
{
    private readonly Lock _lock = new();
    private readonly List<ActivationData> _workers = [];
    private readonly int _max = grainClass.StatelessWorker!.MaxLocalWorkers;

    public ActivationData[] Workers
    {
        get
        {
            lock (_lock)
            {
                return [.. _workers];
            }
        }
    }

    public void Receive(Message message)
    {
        ActivationData target;
        lock (_lock)
        {
            _workers.RemoveAll(w => !w.IsUsable);
            var idle = _workers.FirstOrDefault(w => w.IsIdle && w.State == ActivationState.Valid);
            if (idle is not null)
            {
                target = idle;
            }
            else if (_workers.Count < _max)
            {
                target = new ActivationData(silo, grainClass, grainId, this);
                _workers.Add(target);
            }
            else
            {
                target = _workers.MinBy(w => w.QueueLength)!;
            }
        }

        target.Receive(message);
    }

    public void Remove(ActivationData worker)
    {
        lock (_lock)
        {
            _workers.Remove(worker);
        }
    }
}

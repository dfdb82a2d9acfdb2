using LuckyFive.Runtime.Abstractions;

namespace LuckyFive.Runtime;

/// <summary>Deactivates activations idle for their collection age, scanning every collection quantum.</summary>
internal sealed class ActivationCollector(SiloRuntime silo) : IDisposable
{
    private Timer? _timer;

    public void Start()
    {
        var quantum = silo.CollectionOptions.CollectionQuantum;
        _timer = new Timer(static state => ((ActivationCollector)state!).Collect(), this, quantum, quantum);
    }

    public void Dispose() => _timer?.Dispose();

    public int Collect()
    {
        var now = Environment.TickCount64;
        var options = silo.CollectionOptions;
        var collected = 0;
        foreach (var activation in silo.Catalog.Activations)
        {
            var grainClass = activation.Class;
            if (grainClass.KeepAlive || grainClass.StatelessWorker is { RemoveIdleWorkers: false })
            {
                continue;
            }

            var age = grainClass.CollectionAge
                ?? (options.ClassSpecificCollectionAge.TryGetValue(grainClass.GrainType, out var specific) ? specific : options.CollectionAge);
            if (activation.IsCollectable(now, age))
            {
                activation.Deactivate(new DeactivationReason(DeactivationReasonCode.ActivationIdle, $"Idle for {age}."));
                collected++;
            }
        }

        return collected;
    }
}

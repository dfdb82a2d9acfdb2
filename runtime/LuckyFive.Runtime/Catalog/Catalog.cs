using System.Collections.Concurrent;
using System.Diagnostics.CodeAnalysis;
using LuckyFive.Runtime.Abstractions;

namespace LuckyFive.Runtime;

/// <summary>The activations of one silo, by grain id.</summary>
internal sealed class Catalog(SiloRuntime silo)
{
    private readonly ConcurrentDictionary<GrainId, ActivationData> _activations = new();
    private readonly ConcurrentDictionary<GrainId, StatelessWorkerGroup> _workers = new();

    public int Count => _activations.Count + _workers.Values.Sum(g => g.Workers.Length);

    public IEnumerable<ActivationData> Activations => _activations.Values.Concat(_workers.Values.SelectMany(g => g.Workers));

    public bool TryGetActivation(GrainId grainId, [NotNullWhen(true)] out ActivationData? activation) =>
        _activations.TryGetValue(grainId, out activation) && activation.IsUsable;

    /// <summary>Hands a message to the local activation of its target, creating the activation if needed.</summary>
    public void Deliver(Message message, GrainClassMetadata grainClass)
    {
        if (grainClass.StatelessWorker is not null)
        {
            _workers.GetOrAdd(message.TargetGrain, static (id, state) => new StatelessWorkerGroup(state.silo, state.grainClass, id), (silo, grainClass))
                .Receive(message);
            return;
        }

        _activations.GetOrAdd(message.TargetGrain, static (id, state) => new ActivationData(state.silo, state.grainClass, id), (silo, grainClass))
            .Receive(message);
    }

    public void Remove(ActivationData activation)
    {
        if (activation.Group is { } group)
        {
            group.Remove(activation);
            return;
        }

        _activations.TryRemove(new KeyValuePair<GrainId, ActivationData>(activation.GrainId, activation));
    }

    public async Task DeactivateAllAsync(DeactivationReason reason, TimeSpan timeout)
    {
        var all = Activations.ToArray();
        foreach (var activation in all)
        {
            activation.Deactivate(reason);
        }

        try
        {
            await Task.WhenAll(all.Select(a => a.Deactivated)).WaitAsync(timeout).ConfigureAwait(false);
        }
        catch (TimeoutException)
        {
            RuntimeLog.ShutdownDeactivationTimedOut(silo.Logger, all.Count(a => !a.Deactivated.IsCompleted));
        }
    }

    /// <summary>
    /// Deactivates activations whose directory entry was lost or now names another activation: the cluster no
    /// longer routes to them, so keeping them would risk two live copies of one grain.
    /// </summary>
    public async Task DeactivateOrphansAsync()
    {
        foreach (var activation in _activations.Values.Where(a => a.State == ActivationState.Valid).ToArray())
        {
            var registered = await silo.Directory.Lookup(activation.GrainId).ConfigureAwait(false);
            if (registered != activation.Address && activation.State == ActivationState.Valid)
            {
                activation.Deactivate(new DeactivationReason(DeactivationReasonCode.DirectoryFailure, "The grain directory no longer points to this activation."));
            }
        }
    }

    public void KillAll()
    {
        foreach (var activation in Activations.ToArray())
        {
            activation.Kill();
        }

        _activations.Clear();
        _workers.Clear();
    }
}

using System.Collections.Concurrent;
using LuckyFive.GrainInterfaces.Simulations;

namespace LuckyFive.Cluster.Benchmarks;

/// <summary>
/// Watches the grain calls this silo serves: counts the contest batches computed here per simulation, by the silo
/// each batch's answer names (<see cref="BatchResult.Silo"/>), and remembers the simulations whose grain lives here.
/// </summary>
public sealed class BatchTally : IIncomingGrainCallFilter
{
    private readonly ConcurrentDictionary<(string Simulation, string Silo), int> _computed = new();
    private readonly ConcurrentDictionary<string, bool> _simulationsHere = new();

    public async Task Invoke(IIncomingGrainCallContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        await context.Invoke();
        if (context.Grain is ISimulationGrain)
        {
            _simulationsHere[context.TargetId.Key.ToString()!] = true;
        }
        else if (context.Result is BatchResult { Computed: true } result && context.Request.GetArgument(0) is BatchWork work)
        {
            _computed.AddOrUpdate((work.SimulationId, result.Silo), 1, (_, count) => count + 1);
        }
    }

    /// <summary>Batches of the simulation computed here, by the silo their answers name.</summary>
    public Dictionary<string, int> Computed(string simulationId) =>
        _computed.Where(c => c.Key.Simulation == simulationId).ToDictionary(c => c.Key.Silo, c => c.Value);

    /// <summary>Whether the simulation's own grain served a call on this silo.</summary>
    public bool HostsSimulation(string simulationId) => _simulationsHere.ContainsKey(simulationId);
}

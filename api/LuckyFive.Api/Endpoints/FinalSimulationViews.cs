using LuckyFive.GrainInterfaces.Simulations;
using Microsoft.Extensions.Caching.Memory;

namespace LuckyFive.Api.Endpoints;

/// <summary>
/// Reads a simulation's view, keeping the views of finished simulations in this process: a simulation that is final
/// with its summary written (or failed, or cancelled) never changes again, so polling it costs no grain call.
/// </summary>
internal sealed class FinalSimulationViews(IClusterClient cluster) : IDisposable
{
    private const int Capacity = 10_000;
    private readonly MemoryCache _views = new(new MemoryCacheOptions { SizeLimit = Capacity });

    /// <summary>Whether <paramref name="status"/> is the simulation's last: final, and settled where it has a summary to write.</summary>
    public static bool IsLast(SimulationStatus status) =>
        status.State.IsFinal() && (status.Summary is not null || status.State is SimulationState.Failed or SimulationState.Cancelled);

    /// <summary>The simulation's view, or null when no simulation has that id.</summary>
    public async Task<SimulationView?> GetAsync(string id)
    {
        if (_views.TryGetValue(id, out SimulationView? kept))
        {
            return kept;
        }

        if (await cluster.GetGrain<ISimulationGrain>(id).GetStatusAsync() is not { } status)
        {
            return null;
        }

        var view = SimulationView.From(status);
        if (IsLast(status))
        {
            _views.Set(id, view, new MemoryCacheEntryOptions { Size = 1, SlidingExpiration = TimeSpan.FromHours(1) });
        }

        return view;
    }

    public void Dispose() => _views.Dispose();
}

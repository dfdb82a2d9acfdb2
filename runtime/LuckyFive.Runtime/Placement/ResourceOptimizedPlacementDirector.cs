using LuckyFive.Runtime.Abstractions;
using Microsoft.Extensions.Options;

namespace LuckyFive.Runtime;

/// <summary>
/// The default director: scores a sample of about √n compatible silos on CPU, memory and activation count
/// (weights from <see cref="ResourceOptimizedPlacementOptions"/>) and keeps the activation local when the local
/// silo's score is within the preference margin of the best.
/// </summary>
internal sealed class ResourceOptimizedPlacementDirector(IOptions<ResourceOptimizedPlacementOptions> options) : IPlacementDirector
{
    public SiloAddress OnAddActivation(PlacementStrategy strategy, PlacementTarget target, IPlacementContext context)
    {
        var silos = context.GetCompatibleSilos(target);
        if (silos.Count == 1)
        {
            return silos[0];
        }

        var weights = options.Value;
        var stats = silos.Select(s => context.GetSiloStatistics(s)).ToArray();
        var maxActivations = Math.Max(1, stats.Max(s => s?.ActivationCount ?? 0));
        var maxMemory = Math.Max(1, stats.Max(s => s?.MaximumAvailableMemoryBytes ?? 0));
        double Score(int index)
        {
            var s = stats[index];
            if (s is null)
            {
                return 0; // No figures yet: an empty new silo.
            }

            var memoryUsage = s.MaximumAvailableMemoryBytes > 0 ? (double)s.MemoryUsageBytes / s.MaximumAvailableMemoryBytes : 0;
            var available = s.MaximumAvailableMemoryBytes > 0 ? 1 - ((double)s.AvailableMemoryBytes / s.MaximumAvailableMemoryBytes) : 0;
            var maxAvailable = 1 - ((double)s.MaximumAvailableMemoryBytes / maxMemory);
            var total = weights.CpuUsageWeight + weights.MemoryUsageWeight + weights.AvailableMemoryWeight + weights.MaxAvailableMemoryWeight + weights.ActivationCountWeight;
            return ((weights.CpuUsageWeight * Math.Clamp(s.CpuUsagePercent / 100, 0, 1))
                + (weights.MemoryUsageWeight * memoryUsage)
                + (weights.AvailableMemoryWeight * available)
                + (weights.MaxAvailableMemoryWeight * maxAvailable)
                + (weights.ActivationCountWeight * ((double)s.ActivationCount / maxActivations))) / Math.Max(1, total);
        }

        var sampleSize = Math.Max(2, (int)Math.Ceiling(Math.Sqrt(silos.Count)));
        var sample = Enumerable.Range(0, silos.Count).OrderBy(_ => Random.Shared.Next()).Take(sampleSize).ToArray();
        var best = sample.MinBy(Score);
        var bestScore = Score(best);
        var local = IndexOf(silos, context.LocalSilo);
        if (local >= 0 && Score(local) <= bestScore + (weights.LocalSiloPreferenceMargin / 100.0))
        {
            return silos[local];
        }

        return silos[best];
    }

    private static int IndexOf(IReadOnlyList<SiloAddress> silos, SiloAddress silo)
    {
        for (var i = 0; i < silos.Count; i++)
        {
            if (silos[i] == silo)
            {
                return i;
            }
        }

        return -1;
    }
}

using LuckyFive.Domain.Strategies.Hybrid;

namespace LuckyFive.Domain.Strategies;

/// <summary>Builds a strategy from its name and parameters (missing parameters take their defaults).</summary>
public static class StrategyFactory
{
    public static ITicketStrategy Create(string strategy, IReadOnlyDictionary<string, double> parameters)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        var values = new StrategyParameters(strategy, parameters);
        return strategy switch
        {
            StrategyCatalog.Random => new RandomStrategy(),
            StrategyCatalog.Frequency => new FrequencyStrategy(values.Get("power")),
            StrategyCatalog.Recency => new RecencyStrategy(values.Get("lambda")),
            StrategyCatalog.Hybrid => new HybridStrategy(HybridOptions.From(values)),
            _ => throw new ArgumentException($"Unknown strategy '{strategy}'.", nameof(strategy)),
        };
    }
}

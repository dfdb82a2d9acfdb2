namespace LuckyFive.Domain.Strategies;

/// <summary>A strategy's parameter values, checked against <see cref="StrategyCatalog"/>, defaults filled in.</summary>
public sealed class StrategyParameters
{
    private readonly Dictionary<string, double> _values = new(StringComparer.Ordinal);

    public StrategyParameters(string strategy, IReadOnlyDictionary<string, double> supplied)
    {
        ArgumentNullException.ThrowIfNull(supplied);
        foreach (var spec in StrategyCatalog.AllParametersOf(strategy))
        {
            var value = supplied.TryGetValue(spec.Name, out var given) ? given : spec.Default;
            if (!spec.Allows(value))
            {
                throw new ArgumentOutOfRangeException(spec.Name, value, $"{spec.Name} must be {spec.RangeText}.");
            }

            _values[spec.Name] = value;
        }

        foreach (var name in supplied.Keys)
        {
            if (!_values.ContainsKey(name))
            {
                throw new ArgumentException($"Strategy '{strategy}' has no parameter '{name}'.", nameof(supplied));
            }
        }
    }

    public double Get(string name) => _values[name];

    public int GetInt(string name) => (int)_values[name];
}

namespace LuckyFive.Domain.Sweeps;

/// <summary>How a swept parameter's values are produced; the JSON names are the snake_case forms.</summary>
internal enum GeneratorKind
{
    Range,
    Discrete,
    Exponential,
    RandomUniform,
    LogUniform,
}

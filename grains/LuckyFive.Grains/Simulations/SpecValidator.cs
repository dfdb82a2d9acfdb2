using LuckyFive.Domain.Backtesting;
using LuckyFive.Domain.Draws;
using LuckyFive.Domain.Recipes;
using LuckyFive.GrainInterfaces.Simulations;

namespace LuckyFive.Grains.Simulations;

/// <summary>Checks a submitted spec with the domain's rules and completes its parameters with their defaults.</summary>
internal static class SpecValidator
{
    public const int MaxBatchSize = 1000;

    /// <summary>The spec with every parameter filled in, or the problems (field and reason) that make it unrunnable.</summary>
    public static (SimulationSpec? Spec, IReadOnlyList<SpecError> Errors) Validate(SimulationSpec spec, DrawHistory history)
    {
        var errors = new List<SpecError>();
        if (spec.BatchSize is < 1 or > MaxBatchSize)
        {
            errors.Add(new("batch_size", $"must be 1 to {MaxBatchSize}, got {spec.BatchSize}"));
        }

        if (spec.InSampleToContest is { } inSampleTo && (inSampleTo < spec.FromContest || inSampleTo >= spec.ToContest))
        {
            errors.Add(new("in_sample_to_contest", $"must be from {spec.FromContest} to {spec.ToContest - 1} so that both parts hold contests, got {inSampleTo}"));
        }

        var recipe = Recipe.TryCreate("simulation", spec.Strategy ?? "", spec.Seed, spec.Parameters ?? new Dictionary<string, double>());
        errors.AddRange(recipe.Errors.Select(e => new SpecError(e.Field, e.Reason)));
        if (recipe.Value is null)
        {
            return (null, errors);
        }

        var parameters = new Dictionary<string, double>(recipe.Value.Parameters, StringComparer.Ordinal);
        var backtest = new BacktestSpec(recipe.Value.Strategy, recipe.Value.Seed, parameters, spec.FromContest, spec.ToContest);
        errors.AddRange(new BacktestEngine(history).Validate(backtest).Select(e => new SpecError(e.Field, e.Reason)));
        return errors.Count > 0 ? (null, errors) : (spec with { Parameters = parameters }, errors);
    }

    /// <summary>The domain's spec for a validated simulation spec.</summary>
    public static BacktestSpec ToBacktest(this SimulationSpec spec) =>
        new(spec.Strategy, spec.Seed, spec.Parameters, spec.FromContest, spec.ToContest);
}

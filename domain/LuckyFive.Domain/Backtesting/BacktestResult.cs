namespace LuckyFive.Domain.Backtesting;

/// <summary>A finished backtest: the spec, every contest in order, and the summary computed from them.</summary>
public sealed class BacktestResult(BacktestSpec spec, IReadOnlyList<ContestOutcome> contests)
{
    private BacktestSummary? _summary;

    public BacktestSpec Spec { get; } = spec;

    public IReadOnlyList<ContestOutcome> Contests { get; } = contests;

    public BacktestSummary Summary => _summary ??= BacktestSummary.From(Spec, Contests);
}

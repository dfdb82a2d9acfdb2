namespace LuckyFive.Domain.Backtesting;

/// <summary>Why a backtest cannot run: the field at fault and the reason.</summary>
public sealed record BacktestError(string Field, string Reason)
{
    public override string ToString() => $"{Field}: {Reason}";
}

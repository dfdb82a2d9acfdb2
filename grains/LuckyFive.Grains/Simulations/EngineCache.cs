using System.Runtime.CompilerServices;
using LuckyFive.Domain.Backtesting;
using LuckyFive.Domain.Draws;

namespace LuckyFive.Grains.Simulations;

/// <summary>One engine (with its prize table) per draw history this silo holds, built once and dropped with the history.</summary>
public sealed class EngineCache
{
    private readonly ConditionalWeakTable<DrawHistory, BacktestEngine> _engines = [];

    public BacktestEngine For(DrawHistory history) => _engines.GetValue(history, h => new BacktestEngine(h));
}

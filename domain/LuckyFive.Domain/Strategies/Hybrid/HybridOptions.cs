namespace LuckyFive.Domain.Strategies.Hybrid;

/// <summary>The hybrid strategy's parameters (meanings in <see cref="StrategyCatalog"/> and docs/strategies.md).</summary>
internal sealed record HybridOptions(
    double Alpha,
    double Beta,
    double Gamma,
    double Delta,
    double Lambda,
    int CooccurrenceWindow,
    int HotWindow,
    double HotColdBoost,
    int Candidates,
    int HillClimbSteps,
    int Generations,
    int RefineSteps,
    double MutationRate,
    int Elite,
    double Coverage)
{
    public static HybridOptions Default { get; } =
        From(new StrategyParameters(StrategyCatalog.Hybrid, new Dictionary<string, double>()));

    public static HybridOptions From(StrategyParameters p)
    {
        ArgumentNullException.ThrowIfNull(p);
        return new(
            p.Get("alpha"),
            p.Get("beta"),
            p.Get("gamma"),
            p.Get("delta"),
            p.Get("lambda"),
            p.GetInt("cooccurrence_window"),
            p.GetInt("hot_window"),
            p.Get("hot_cold_boost"),
            p.GetInt("candidates"),
            p.GetInt("hill_climb_steps"),
            p.GetInt("generations"),
            p.GetInt("refine_steps"),
            p.Get("mutation_rate"),
            p.GetInt("elite"),
            p.Get("coverage"));
    }

    /// <summary>Candidates per contest: the configured count, or max(50, 10·N) as the original did.</summary>
    public int CandidatesFor(int tickets) => Candidates > 0 ? Candidates : Math.Max(50, 10 * tickets);
}

using LuckyFive.Domain.Strategies;

namespace LuckyFive.Domain.Backtesting;

/// <summary>
/// What to replay: a strategy with its parameters (including the common window, tickets per contest and numbers
/// per ticket), a seed, and an inclusive contest range.
/// </summary>
public sealed record BacktestSpec
{
    public BacktestSpec(string strategy, ulong seed, IReadOnlyDictionary<string, double> parameters, int fromContest, int toContest)
    {
        Strategy = strategy;
        Seed = seed;
        Parameters = parameters;
        FromContest = fromContest;
        ToContest = toContest;
        var values = new StrategyParameters(strategy, parameters);
        Window = values.GetInt(StrategyCatalog.Window.Name);
        Tickets = values.GetInt(StrategyCatalog.Tickets.Name);
        Numbers = values.GetInt(StrategyCatalog.Numbers.Name);
    }

    public string Strategy { get; }

    public ulong Seed { get; }

    /// <summary>Parameter values as given (defaults apply to the rest).</summary>
    public IReadOnlyDictionary<string, double> Parameters { get; }

    public int FromContest { get; }

    public int ToContest { get; }

    /// <summary>W: the history of contest c is the last W draws with contest &lt; c.</summary>
    public int Window { get; }

    /// <summary>N: tickets per contest.</summary>
    public int Tickets { get; }

    /// <summary>k: numbers per ticket.</summary>
    public int Numbers { get; }

    public ITicketStrategy CreateStrategy() => StrategyFactory.Create(Strategy, Parameters);
}

using LuckyFive.Domain.Draws;
using LuckyFive.Domain.Random;
using LuckyFive.Domain.Rules;
using LuckyFive.Domain.Strategies;

namespace LuckyFive.Domain.Backtesting;

/// <summary>
/// Replays a strategy over a contest range. Each contest depends only on (history before it, strategy,
/// parameters, seed, contest) and draws from its own random stream, so any batch of contests computed alone —
/// on any thread, in any order — gives the same outcomes as the same contests inside a full run.
/// </summary>
public sealed class BacktestEngine
{
    public const int DefaultBatchSize = 64;

    public BacktestEngine(DrawHistory history, TicketPricing? pricing = null)
    {
        History = history ?? throw new ArgumentNullException(nameof(history));
        Settlement = new Settlement(pricing ?? TicketPricing.Official, new PrizeTable(history));
    }

    public DrawHistory History { get; }

    public Settlement Settlement { get; }

    /// <summary>Problems that make the spec unrunnable on this history, each naming its field; empty when valid.</summary>
    public IReadOnlyList<BacktestError> Validate(BacktestSpec spec) => BacktestValidator.Validate(spec, History);

    /// <summary>
    /// Runs the whole range in batches of <paramref name="batchSize"/> contests, up to
    /// <paramref name="maxParallelism"/> at a time, and reports finished contests to <paramref name="progress"/>.
    /// </summary>
    public BacktestResult Run(
        BacktestSpec spec,
        int batchSize = DefaultBatchSize,
        int maxParallelism = 0,
        IProgress<int>? progress = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(spec);
        ThrowIfInvalid(spec);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(batchSize);

        var contests = ContestsIn(spec.FromContest, spec.ToContest);
        var batches = (contests.Length + batchSize - 1) / batchSize;
        var outcomes = new ContestOutcome[contests.Length];
        var done = 0;
        var options = new ParallelOptions
        {
            CancellationToken = cancellationToken,
            MaxDegreeOfParallelism = maxParallelism > 0 ? maxParallelism : Environment.ProcessorCount,
        };
        Parallel.For(0, batches, options, () => spec.CreateStrategy(), (batch, _, strategy) =>
        {
            var start = batch * batchSize;
            var end = Math.Min(contests.Length, start + batchSize);
            for (var i = start; i < end; i++)
            {
                cancellationToken.ThrowIfCancellationRequested();
                outcomes[i] = RunContest(spec, contests[i], strategy);
            }

            progress?.Report(Interlocked.Add(ref done, end - start));
            return strategy;
        }, _ => { });

        return new BacktestResult(spec, outcomes);
    }

    /// <summary>Runs contests <paramref name="fromContest"/>..<paramref name="toContest"/> of the spec on the calling thread.</summary>
    public IReadOnlyList<ContestOutcome> RunRange(BacktestSpec spec, int fromContest, int toContest, ITicketStrategy? strategy = null)
    {
        ArgumentNullException.ThrowIfNull(spec);
        ThrowIfInvalid(spec);
        strategy ??= spec.CreateStrategy();
        var contests = ContestsIn(Math.Max(fromContest, spec.FromContest), Math.Min(toContest, spec.ToContest));
        var outcomes = new ContestOutcome[contests.Length];
        for (var i = 0; i < contests.Length; i++)
        {
            outcomes[i] = RunContest(spec, contests[i], strategy);
        }

        return outcomes;
    }

    /// <summary>One contest: generate, score, settle.</summary>
    public ContestOutcome RunContest(BacktestSpec spec, int contest, ITicketStrategy strategy)
    {
        ArgumentNullException.ThrowIfNull(spec);
        ArgumentNullException.ThrowIfNull(strategy);
        var draw = History[contest];
        var tickets = new NumberSet[spec.Tickets];
        var random = DeterministicRandom.ForContest(spec.Seed, contest);
        strategy.Generate(History.NumbersBefore(contest, spec.Window), spec.Numbers, random, tickets);

        var hits = new int[tickets.Length];
        var prizeCounts = new long[4];
        var (cost, prize, assumed, jackpotUnknown) = Settlement.Settle(draw, tickets, spec.Numbers, hits, prizeCounts);
        return new ContestOutcome
        {
            Contest = contest,
            Date = draw.Date,
            Drawn = draw.Numbers,
            Tickets = tickets,
            Hits = hits,
            PrizeCounts = prizeCounts,
            CostCents = cost,
            PrizeCents = prize,
            PriceAssumed = assumed,
            PrizesKnown = draw.PrizesKnown,
            JackpotUnknown = jackpotUnknown,
        };
    }

    private void ThrowIfInvalid(BacktestSpec spec)
    {
        var errors = Validate(spec);
        if (errors.Count > 0)
        {
            throw new BacktestValidationException(errors);
        }
    }

    private int[] ContestsIn(int from, int to)
    {
        var contests = new List<int>(Math.Max(0, to - from + 1));
        for (var contest = from; contest <= to; contest++)
        {
            if (History.Contains(contest))
            {
                contests.Add(contest);
            }
        }

        return [.. contests];
    }
}

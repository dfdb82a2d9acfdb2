using LuckyFive.Domain.Draws;
using LuckyFive.Domain.Random;

namespace LuckyFive.Domain.Strategies.Hybrid;

/// <summary>
/// The hybrid strategy (docs/strategies.md): K candidates, each a weighted first number plus greedy completion
/// then a hill-climb that only accepts improvements; a genetic algorithm over the best N; a final selection
/// that trades score for coverage. Buffers are reused across calls: an instance serves one thread at a time.
/// </summary>
internal sealed class HybridStrategy : ITicketStrategy
{
    private readonly HybridScorer _scorer = new();
    private readonly WeightedSampler _sampler = new();
    private readonly HillClimber _climber;
    private readonly HybridEvolution _evolution = new();
    private readonly double[] _gain = new double[HybridScorer.Stride];
    private readonly int[] _work = new int[Quina.MaxTicketSize];

    // The greedy completion depends only on the first number, so each call completes each first number once.
    private readonly int[] _completions = new int[HybridScorer.Stride * Quina.MaxTicketSize];
    private readonly bool[] _completed = new bool[HybridScorer.Stride];
    private ScoredTicket[] _pool = [];
    private bool[] _taken = [];

    public HybridStrategy(HybridOptions options)
    {
        Options = options;
        _climber = new HillClimber(_scorer, _sampler);
    }

    public string Name => StrategyCatalog.Hybrid;

    public HybridOptions Options { get; }

    public void Generate(ReadOnlySpan<NumberSet> history, int ticketSize, DeterministicRandom random, Span<NumberSet> tickets)
    {
        ArgumentNullException.ThrowIfNull(random);
        _scorer.Prepare(history, ticketSize, Options);
        _sampler.Load(_scorer.SamplingWeights);

        var candidates = Options.CandidatesFor(tickets.Length);
        EnsureCapacity(candidates + tickets.Length);
        Array.Clear(_completed);
        for (var c = 0; c < candidates; c++)
        {
            var first = _sampler.Sample(random);
            var completion = _completions.AsSpan(first * Quina.MaxTicketSize, ticketSize);
            if (!_completed[first])
            {
                CompleteGreedily(first, completion);
                _completed[first] = true;
            }

            var numbers = _work.AsSpan(0, ticketSize);
            completion.CopyTo(numbers);
            _pool[c] = _climber.Climb(numbers, Options.HillClimbSteps, random);
        }

        var distinct = SortDistinct(_pool.AsSpan(0, candidates));
        var evolved = _evolution.Evolve(_pool.AsSpan(0, Math.Min(distinct, tickets.Length)), _scorer, _sampler, Options, random);
        var poolSize = distinct;
        foreach (var ticket in evolved)
        {
            var numbers = _work.AsSpan(0, ticket.CopyTo(_work));
            _pool[poolSize++] = _climber.Climb(numbers, Options.RefineSteps, random);
        }

        distinct = SortDistinct(_pool.AsSpan(0, poolSize));
        SelectForCoverage(_pool.AsSpan(0, distinct), ticketSize, random, tickets);
    }

    /// <summary>Adds, one at a time, the number that raises the score most (ties: the smaller number).</summary>
    private void CompleteGreedily(int first, Span<int> numbers)
    {
        Span<int> groups = stackalloc int[8];
        var chosen = NumberSet.Of(first);
        numbers[0] = first;
        groups[HybridScorer.GroupOf(first)]++;
        var firstRow = _scorer.PairRow(first);
        for (var n = 1; n <= Quina.MaxNumber; n++)
        {
            _gain[n] = firstRow[n] + _scorer.Unary(n);
        }

        for (var step = 1; step < numbers.Length; step++)
        {
            var best = 0;
            var bestGain = double.NegativeInfinity;
            for (var n = 1; n <= Quina.MaxNumber; n++)
            {
                if (chosen.Contains(n))
                {
                    continue;
                }

                var gain = _gain[n] - (groups[HybridScorer.GroupOf(n)] >= _scorer.AllowedPerGroup ? _scorer.ClusterUnit : 0);
                if (gain > bestGain)
                {
                    best = n;
                    bestGain = gain;
                }
            }

            numbers[step] = best;
            chosen = chosen.With(best);
            groups[HybridScorer.GroupOf(best)]++;
            var row = _scorer.PairRow(best);
            for (var n = 1; n <= Quina.MaxNumber; n++)
            {
                _gain[n] += row[n];
            }
        }
    }

    /// <summary>Sorts best first and removes repeated tickets; returns how many distinct remain at the front.</summary>
    private static int SortDistinct(Span<ScoredTicket> tickets)
    {
        tickets.Sort();
        var distinct = 0;
        for (var i = 0; i < tickets.Length; i++)
        {
            if (distinct == 0 || tickets[i].Ticket != tickets[distinct - 1].Ticket)
            {
                tickets[distinct++] = tickets[i];
            }
        }

        return distinct;
    }

    /// <summary>
    /// Picks N tickets greedily by score + coverage × (share of the ticket's numbers no earlier pick holds).
    /// If the pool has fewer distinct tickets than asked for, the rest are weighted random tickets.
    /// </summary>
    private void SelectForCoverage(ReadOnlySpan<ScoredTicket> pool, int ticketSize, DeterministicRandom random, Span<NumberSet> tickets)
    {
        Array.Clear(_taken);
        var covered = NumberSet.Empty;
        var picked = 0;
        for (; picked < tickets.Length && picked < pool.Length; picked++)
        {
            var best = -1;
            var bestValue = double.NegativeInfinity;
            for (var i = 0; i < pool.Length; i++)
            {
                if (_taken[i])
                {
                    continue;
                }

                var fresh = ticketSize - pool[i].Ticket.CountCommon(covered);
                var value = pool[i].Score + Options.Coverage * fresh / ticketSize;
                if (value > bestValue)
                {
                    best = i;
                    bestValue = value;
                }
            }

            _taken[best] = true;
            tickets[picked] = pool[best].Ticket;
            covered = covered.Union(pool[best].Ticket);
        }

        if (picked < tickets.Length)
        {
            WeightedTickets.FillFrom(picked, _sampler, ticketSize, random, tickets);
        }
    }

    private void EnsureCapacity(int size)
    {
        if (_pool.Length < size)
        {
            _pool = new ScoredTicket[size];
            _taken = new bool[size];
        }
    }
}

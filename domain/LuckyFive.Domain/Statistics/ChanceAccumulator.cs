using LuckyFive.Domain.Draws;

namespace LuckyFive.Domain.Statistics;

/// <summary>
/// Collects, contest by contest, what the chance tests need and produces a <see cref="ChanceReport"/>.
/// All state is integer sums, so the report is the same whatever order contests are added or batches merged in.
/// Not thread-safe: give each batch its own accumulator and <see cref="Merge"/> them.
/// </summary>
public sealed class ChanceAccumulator
{
    private readonly long[] _observed = new long[HitProbabilities.Bins];
    private readonly long[] _ticketsBySize = new long[Quina.MaxTicketSize + 1];
    private long _contests;
    private long _tickets;
    private long _ticketsSquared;
    private long _hits;
    private long _hitsSquared;
    private long _hitsTimesTickets;
    private long _sumCounts;
    private long _spread;

    public long Contests => _contests;

    /// <summary>The z test's sums so far, the same figures <see cref="Report"/> gives.</summary>
    public ChanceTotals Totals => new(_contests, _hits, _sumCounts, _spread);

    /// <summary>Adds a contest, counting each ticket's hits against the draw.</summary>
    public void Add(ReadOnlySpan<NumberSet> tickets, NumberSet draw)
    {
        Span<int> hits = tickets.Length <= 256 ? stackalloc int[tickets.Length] : new int[tickets.Length];
        for (var i = 0; i < tickets.Length; i++)
        {
            hits[i] = tickets[i].CountCommon(draw);
        }

        Add(tickets, hits);
    }

    /// <summary>Adds a contest whose per-ticket hits the caller has already counted.</summary>
    public void Add(ReadOnlySpan<NumberSet> tickets, ReadOnlySpan<int> hitsPerTicket)
    {
        if (tickets.Length != hitsPerTicket.Length)
        {
            throw new ArgumentException("One hit count per ticket is required.", nameof(hitsPerTicket));
        }

        Span<int> sizes = tickets.Length <= 256 ? stackalloc int[tickets.Length] : new int[tickets.Length];
        for (var i = 0; i < tickets.Length; i++)
        {
            sizes[i] = tickets[i].Count;
        }

        AddContest(ContestMoments.Of(tickets), hitsPerTicket, sizes, 0);
    }

    /// <summary>Adds a contest from precomputed moments when every ticket has <paramref name="numbersPerTicket"/> numbers.</summary>
    public void Add(ContestMoments moments, ReadOnlySpan<int> hitsPerTicket, int numbersPerTicket) =>
        AddContest(moments, hitsPerTicket, [], numbersPerTicket);

    /// <summary>Adds everything <paramref name="other"/> has collected, as if its contests had been added here.</summary>
    public void Merge(ChanceAccumulator other)
    {
        ArgumentNullException.ThrowIfNull(other);
        for (var i = 0; i < _observed.Length; i++)
        {
            _observed[i] += other._observed[i];
        }

        for (var i = 0; i < _ticketsBySize.Length; i++)
        {
            _ticketsBySize[i] += other._ticketsBySize[i];
        }

        _contests += other._contests;
        _tickets += other._tickets;
        _ticketsSquared += other._ticketsSquared;
        _hits += other._hits;
        _hitsSquared += other._hitsSquared;
        _hitsTimesTickets += other._hitsTimesTickets;
        _sumCounts += other._sumCounts;
        _spread += other._spread;
    }

    public ChanceReport Report()
    {
        var expected = ExpectedHistogram();
        var chiSquare = ChiSquareTest.GoodnessOfFit(_observed, expected);
        var totals = Totals;
        var mean = _tickets > 0 ? (double)_hits / _tickets : 0;
        var (lower, upper) = MeanInterval(mean);

        return new ChanceReport
        {
            Contests = _contests,
            Tickets = _tickets,
            ExpectedHistogram = expected,
            ObservedHistogram = [.. _observed],
            ChiSquare = chiSquare.Statistic,
            ChiSquareDegreesOfFreedom = chiSquare.DegreesOfFreedom,
            ChiSquarePValue = chiSquare.PValue,
            ChiSquareBins = chiSquare.Bins,
            MeanHitsPerTicket = mean,
            MeanHitsLower95 = lower,
            MeanHitsUpper95 = upper,
            NullMeanHitsPerTicket = _tickets > 0 ? totals.ExpectedHits / _tickets : 0,
            ObservedHits = totals.ObservedHits,
            ExpectedHits = totals.ExpectedHits,
            NullVariance = totals.NullVariance,
            Z = totals.Z,
            OneSidedPValue = totals.OneSidedPValue,
        };
    }

    private void AddContest(ContestMoments moments, ReadOnlySpan<int> hitsPerTicket, ReadOnlySpan<int> sizes, int commonSize)
    {
        if (hitsPerTicket.IsEmpty)
        {
            throw new ArgumentException("A contest needs at least one ticket.", nameof(hitsPerTicket));
        }

        // Validate the whole contest before touching state, so a bad call leaves the accumulator unchanged.
        for (var i = 0; i < hitsPerTicket.Length; i++)
        {
            var size = sizes.IsEmpty ? commonSize : sizes[i];
            if (size is < Quina.MinTicketSize or > Quina.MaxTicketSize)
            {
                throw new ArgumentOutOfRangeException(nameof(sizes), size, $"Tickets have {Quina.MinTicketSize}..{Quina.MaxTicketSize} numbers.");
            }

            if (hitsPerTicket[i] is < 0 or > Quina.NumbersDrawn)
            {
                throw new ArgumentOutOfRangeException(nameof(hitsPerTicket), hitsPerTicket[i], "Hits are 0..5.");
            }
        }

        long contestHits = 0;
        for (var i = 0; i < hitsPerTicket.Length; i++)
        {
            _observed[hitsPerTicket[i]]++;
            _ticketsBySize[sizes.IsEmpty ? commonSize : sizes[i]]++;
            contestHits += hitsPerTicket[i];
        }

        long ticketCount = hitsPerTicket.Length;
        _contests++;
        _tickets += ticketCount;
        _ticketsSquared += ticketCount * ticketCount;
        _hits += contestHits;
        _hitsSquared += contestHits * contestHits;
        _hitsTimesTickets += contestHits * ticketCount;
        _sumCounts += moments.SumCounts;
        _spread += moments.Spread;
    }

    private double[] ExpectedHistogram()
    {
        var expected = new double[HitProbabilities.Bins];
        for (var k = Quina.MinTicketSize; k <= Quina.MaxTicketSize; k++)
        {
            if (_ticketsBySize[k] == 0)
            {
                continue;
            }

            var probabilities = HitProbabilities.For(k);
            for (var h = 0; h < expected.Length; h++)
            {
                expected[h] += _ticketsBySize[k] * probabilities[h];
            }
        }

        return expected;
    }

    /// <summary>
    /// Ratio-estimator interval for m = ΣH/ΣT over contests c with totals H_c and ticket counts T_c:
    /// SE(m) = sqrt(C/(C−1) · Σ(H_c − m·T_c)²)/ΣT, then m ± z·SE with z = Φ⁻¹(0.975) = 1.959963984540054. With the same T every contest this is the
    /// familiar s/√C of the per-contest totals, divided by T. Contests are the independent units, so ticket
    /// overlap within a contest is accounted for. The residual sum comes from integer sums in Int128, exactly.
    /// </summary>
    private (double? Lower, double? Upper) MeanInterval(double mean)
    {
        if (_contests < 2)
        {
            return (null, null);
        }

        // Σ(H_c − m·T_c)² · (ΣT)² = ΣH²·(ΣT)² − 2·ΣH·ΣT·ΣHT + (ΣH)²·ΣT²
        Int128 t = _tickets;
        Int128 h = _hits;
        var residualTimesTSquared = _hitsSquared * t * t - 2 * h * t * _hitsTimesTickets + h * h * _ticketsSquared;
        var residual = (double)residualTimesTSquared / ((double)_tickets * _tickets);
        var standardError = Math.Sqrt(Math.Max(0, residual) * _contests / (_contests - 1)) / _tickets;
        return (mean - TailProbabilities.Z95 * standardError, mean + TailProbabilities.Z95 * standardError);
    }
}

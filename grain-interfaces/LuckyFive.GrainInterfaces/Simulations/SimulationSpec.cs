namespace LuckyFive.GrainInterfaces.Simulations;

/// <summary>
/// What a simulation replays: a strategy with its parameters (tickets, numbers and window among them), a seed and an
/// inclusive contest range, and how the work is cut and paid for.
/// </summary>
[GenerateSerializer, Immutable, Alias("luckyfive.SimulationSpec.v1")]
public sealed record SimulationSpec
{
    /// <summary>Contests per batch unless the spec says otherwise.</summary>
    public const int DefaultBatchSize = 50;

    /// <summary>The strategy's catalog name (docs/strategies.md).</summary>
    [Id(0)] public required string Strategy { get; init; }

    /// <summary>The seed every contest's random stream derives from.</summary>
    [Id(1)] public required ulong Seed { get; init; }

    /// <summary>Parameter values as given; the catalog's defaults apply to the rest.</summary>
    [Id(2)] public required IReadOnlyDictionary<string, double> Parameters { get; init; }

    /// <summary>First contest replayed.</summary>
    [Id(3)] public required int FromContest { get; init; }

    /// <summary>Last contest replayed.</summary>
    [Id(4)] public required int ToContest { get; init; }

    /// <summary>The preset the recipe came from, if any (for listing and filtering only).</summary>
    [Id(5)] public string? Preset { get; init; }

    /// <summary>A bankroll ledger that pays the bets; null posts to the simulation's own ledger without a budget.</summary>
    [Id(6)] public string? LedgerId { get; init; }

    /// <summary>Contests per batch. Results do not depend on it.</summary>
    [Id(7)] public int BatchSize { get; init; } = DefaultBatchSize;

    /// <summary>
    /// The last contest of an in-sample part, when the range's tail is held out (a sweep's children): the settled
    /// simulation then also reports its summary up to this contest and after it. Null reports the whole range only.
    /// </summary>
    [Id(8)] public int? InSampleToContest { get; init; }

    /// <summary>
    /// Same run: strategy, seed, parameters, range, preset, ledger, batch size and in-sample end all equal. Records compare
    /// dictionaries by reference, so the parameters are compared by content.
    /// </summary>
    public bool Equals(SimulationSpec? other) =>
        other is not null
        && Strategy == other.Strategy
        && Seed == other.Seed
        && FromContest == other.FromContest
        && ToContest == other.ToContest
        && Preset == other.Preset
        && LedgerId == other.LedgerId
        && BatchSize == other.BatchSize
        && InSampleToContest == other.InSampleToContest
        && Parameters.Count == other.Parameters.Count
        && Parameters.All(p => other.Parameters.TryGetValue(p.Key, out var value) && value.Equals(p.Value));

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Strategy, Seed, FromContest, ToContest, Parameters.Count);
}

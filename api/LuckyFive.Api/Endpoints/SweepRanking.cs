using LuckyFive.Domain.Statistics;
using LuckyFive.GrainInterfaces.Simulations;
using LuckyFive.GrainInterfaces.Sweeps;

namespace LuckyFive.Api.Endpoints;

/// <summary>
/// How a sweep's children are judged (docs/statistics.md): on the in-sample contests when the sweep holds out its
/// range's tail, else on the whole range; each child's p-value raw and adjusted by Holm for the sweep's number of
/// children, so that "beats chance" on a sweep is not manufactured by trying many recipes.
/// </summary>
internal sealed class SweepRanking
{
    /// <summary>The level "beats chance" is judged at, raw and corrected.</summary>
    public const double Level = 0.05;

    private readonly Dictionary<int, double> _holmByIndex;

    public SweepRanking(IReadOnlyList<SweepChild> children, bool heldOut)
    {
        HeldOut = heldOut;
        Family = children.Count;
        // Every child counts in the family, even one without results yet (p = 1): m is what the sweep tried.
        var raw = children.Select(c => RankedOn(c)?.Chance.PValue ?? 1.0).ToArray();
        var adjusted = MultipleTesting.Holm(raw);
        _holmByIndex = children.Select((c, i) => (c.Index, adjusted[i])).ToDictionary(p => p.Index, p => p.Item2);
    }

    /// <summary>Whether children are ranked on the in-sample part of the range.</summary>
    public bool HeldOut { get; }

    /// <summary>m: the number of children the correction allows for.</summary>
    public int Family { get; }

    /// <summary><c>in_sample</c> or <c>full_range</c>: which contests the ranking figures cover.</summary>
    public string Sample => HeldOut ? "in_sample" : "full_range";

    /// <summary>The summary a child is ranked by; null while it has none.</summary>
    public SimulationSummary? RankedOn(SweepChild child) => HeldOut ? child.InSampleSummary : child.Summary;

    /// <summary>A child's chance verdict on the ranking contests, raw and corrected; null while it has no results.</summary>
    public SweepChildChance? ChanceOf(SweepChild child) => RankedOn(child) is { } summary
        ? new SweepChildChance(
            Sample,
            summary.Contests,
            summary.Chance.Z,
            summary.Chance.PValue,
            _holmByIndex[child.Index],
            Family,
            summary.Chance.PValue < Level,
            _holmByIndex[child.Index] < Level)
        : null;
}

/// <summary>
/// A child's test against chance on the contests it is ranked by: its p-value raw and adjusted by Holm over the
/// sweep's <c>family</c> children; <c>beats_chance_corrected</c> is the sweep's verdict.
/// </summary>
public sealed record SweepChildChance(
    string Sample,
    int Contests,
    double Z,
    double PValue,
    double PValueHolm,
    int Family,
    bool BeatsChance,
    bool BeatsChanceCorrected);

/// <summary>The best child's test on the held-out contests it was not chosen on: one test, so no correction.</summary>
internal sealed record SweepHoldoutChance(int FromContest, int Contests, double? Value, double Z, double PValue, bool BeatsChance);

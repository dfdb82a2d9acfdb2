namespace LuckyFive.Domain.Sweeps;

/// <summary>
/// A filter on combinations. sum: |Σ values − Value| ≤ Tolerance. ratio (exactly two parameters a, b):
/// b ≠ 0 and |a/b − Value| ≤ Tolerance. min: every value ≥ Value. max: every value ≤ Value.
/// A parameter that is not swept reads its base-recipe value (never 0).
/// </summary>
internal sealed record SweepConstraint(ConstraintKind Kind, IReadOnlyList<string> Parameters, double Value, double Tolerance)
{
    public const double DefaultTolerance = 1e-6;

    public bool IsSatisfiedBy(Func<string, double> valueOf) => Kind switch
    {
        ConstraintKind.Sum => Math.Abs(Parameters.Sum(valueOf) - Value) <= Tolerance,
        ConstraintKind.Ratio => valueOf(Parameters[1]) != 0
                                && Math.Abs(valueOf(Parameters[0]) / valueOf(Parameters[1]) - Value) <= Tolerance,
        ConstraintKind.Min => Parameters.All(p => valueOf(p) >= Value),
        ConstraintKind.Max => Parameters.All(p => valueOf(p) <= Value),
        _ => throw new InvalidOperationException($"Unhandled constraint kind {Kind}."),
    };
}

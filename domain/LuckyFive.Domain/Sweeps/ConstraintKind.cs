namespace LuckyFive.Domain.Sweeps;

internal enum ConstraintKind
{
    Sum,
    Ratio,
    Min,
    Max,
}

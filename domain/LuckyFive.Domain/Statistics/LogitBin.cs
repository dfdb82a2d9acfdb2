namespace LuckyFive.Domain.Statistics;

/// <summary>
/// Splits whose logit λ fell in (Lower, Upper]; a null bound is unbounded. The bins below 0 hold the overfit splits.
/// </summary>
public sealed record LogitBin(double? Lower, double? Upper, int Splits);

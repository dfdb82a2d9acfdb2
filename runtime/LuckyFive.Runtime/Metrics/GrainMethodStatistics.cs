namespace LuckyFive.Runtime;

/// <summary>Call statistics of one grain method on one silo.</summary>
/// <param name="GrainType">The grain type.</param>
/// <param name="Method">The method name.</param>
/// <param name="Calls">Calls handled.</param>
/// <param name="Failures">Calls that threw.</param>
/// <param name="TotalDuration">Summed handling time.</param>
public sealed record GrainMethodStatistics(string GrainType, string Method, long Calls, long Failures, TimeSpan TotalDuration)
{
    /// <summary>Mean handling time.</summary>
    public TimeSpan AverageDuration => Calls == 0 ? TimeSpan.Zero : TotalDuration / Calls;
}

using LuckyFive.Runtime.Abstractions;

namespace LuckyFive.Runtime;

/// <summary>Call statistics of one grain method on one silo.</summary>
/// <param name="SiloAddress">The silo.</param>
/// <param name="Statistics">The figures.</param>
public sealed record SiloMethodStatistics(SiloAddress SiloAddress, GrainMethodStatistics Statistics);

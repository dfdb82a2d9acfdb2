using LuckyFive.Runtime.Abstractions;

namespace LuckyFive.Runtime;

/// <summary>Activations of one grain type on one silo.</summary>
/// <param name="GrainType">The grain type.</param>
/// <param name="SiloAddress">The silo.</param>
/// <param name="ActivationCount">Activations.</param>
public sealed record SimpleGrainStatistic(string GrainType, SiloAddress SiloAddress, int ActivationCount);

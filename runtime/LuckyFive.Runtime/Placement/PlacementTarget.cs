using LuckyFive.Runtime.Abstractions;

namespace LuckyFive.Runtime;

/// <summary>The grain a placement decision is for.</summary>
/// <param name="GrainId">The grain.</param>
/// <param name="GrainType">Its grain type.</param>
public sealed record PlacementTarget(GrainId GrainId, string GrainType);

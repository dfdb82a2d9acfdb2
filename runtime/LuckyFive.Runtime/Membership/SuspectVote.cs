using LuckyFive.Runtime.Abstractions;

namespace LuckyFive.Runtime;

/// <summary>One silo's vote that another silo is dead.</summary>
/// <param name="Voter">The voting silo.</param>
/// <param name="Time">When it voted (UTC).</param>
public sealed record SuspectVote(SiloAddress Voter, DateTime Time);

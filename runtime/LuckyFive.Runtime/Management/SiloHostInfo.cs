using LuckyFive.Runtime.Abstractions;

namespace LuckyFive.Runtime;

/// <summary>One silo as listed by the management API.</summary>
/// <param name="SiloAddress">The silo.</param>
/// <param name="SiloName">Its name.</param>
/// <param name="Status">Its membership status.</param>
/// <param name="StartTime">When it started (UTC).</param>
public sealed record SiloHostInfo(SiloAddress SiloAddress, string SiloName, SiloStatus Status, DateTime StartTime);

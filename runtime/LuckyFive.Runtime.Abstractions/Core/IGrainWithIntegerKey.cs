namespace LuckyFive.Runtime.Abstractions;

/// <summary>A grain interface whose grains are identified by a <see cref="long"/>.</summary>
public interface IGrainWithIntegerKey : IGrain;

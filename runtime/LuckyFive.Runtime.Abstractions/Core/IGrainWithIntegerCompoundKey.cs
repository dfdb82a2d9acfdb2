namespace LuckyFive.Runtime.Abstractions;

/// <summary>A grain interface whose grains are identified by a <see cref="long"/> plus a string key extension.</summary>
public interface IGrainWithIntegerCompoundKey : IGrain;

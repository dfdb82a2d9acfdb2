namespace LuckyFive.Runtime.Abstractions;

/// <summary>A grain interface whose grains are identified by a <see cref="string"/>.</summary>
public interface IGrainWithStringKey : IGrain;

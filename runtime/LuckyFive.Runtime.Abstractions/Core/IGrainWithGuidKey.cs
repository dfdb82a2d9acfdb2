namespace LuckyFive.Runtime.Abstractions;

/// <summary>A grain interface whose grains are identified by a <see cref="Guid"/>.</summary>
public interface IGrainWithGuidKey : IGrain;

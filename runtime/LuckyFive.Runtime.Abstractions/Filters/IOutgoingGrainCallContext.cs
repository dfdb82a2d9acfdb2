namespace LuckyFive.Runtime.Abstractions;

/// <summary>An outgoing grain call as seen by an <see cref="IOutgoingGrainCallFilter"/>.</summary>
public interface IOutgoingGrainCallContext : IGrainCallContext;

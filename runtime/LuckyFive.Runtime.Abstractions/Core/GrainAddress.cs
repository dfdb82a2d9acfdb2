namespace LuckyFive.Runtime.Abstractions;

/// <summary>Where one activation of a grain lives: the grain, the silo hosting it and the activation's own id.</summary>
/// <param name="GrainId">The grain.</param>
/// <param name="SiloAddress">The silo hosting the activation.</param>
/// <param name="ActivationId">Distinguishes successive activations of one grain.</param>
public sealed record GrainAddress(GrainId GrainId, SiloAddress SiloAddress, Guid ActivationId);

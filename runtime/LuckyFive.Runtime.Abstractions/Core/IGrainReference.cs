namespace LuckyFive.Runtime.Abstractions;

/// <summary>Implemented by every grain reference the runtime creates, whatever grain interface it is typed as.</summary>
public interface IGrainReference : IAddressable
{
    /// <summary>The grain this reference points to.</summary>
    GrainId GrainId { get; }

    /// <summary>The grain interface the reference is typed as.</summary>
    Type InterfaceType { get; }
}

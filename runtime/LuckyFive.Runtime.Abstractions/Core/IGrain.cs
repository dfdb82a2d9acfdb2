namespace LuckyFive.Runtime.Abstractions;

/// <summary>Base of every grain interface. Derive from one of the keyed forms, such as <see cref="IGrainWithStringKey"/>.</summary>
public interface IGrain : IAddressable;

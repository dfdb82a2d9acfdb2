namespace LuckyFive.Runtime.Abstractions;

/// <summary>Marks anything that can be addressed through a reference: grains and grain references.</summary>
public interface IAddressable;

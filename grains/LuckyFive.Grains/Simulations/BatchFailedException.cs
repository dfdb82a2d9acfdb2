namespace LuckyFive.Grains.Simulations;

/// <summary>A batch failed every attempt; its message is the simulation's failure reason.</summary>
public sealed class BatchFailedException(string message, Exception? last) : Exception(message, last);

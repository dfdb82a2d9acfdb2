namespace LuckyFive.Domain.Draws;

/// <summary>One prize tier of one contest as published: winners and the net prize per winner, in cents.</summary>
public readonly record struct TierPayout(int Winners, long PrizeCents);

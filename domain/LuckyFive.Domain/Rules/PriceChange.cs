namespace LuckyFive.Domain.Rules;

/// <summary>A base (5-number) ticket price in centavos of real, in force from <see cref="EffectiveFrom"/>.</summary>
public readonly record struct PriceChange(DateOnly EffectiveFrom, long BasePriceCents);

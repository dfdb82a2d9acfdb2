namespace LuckyFive.Domain.Recipes;

/// <summary>How a preset is labelled for users; the label describes spend and variance, not a chance of winning.</summary>
public enum RiskLevel
{
    Low,
    Medium,
    High,
}

namespace LuckyFive.Domain.Rules;

/// <summary>The two sets of Quina rules in the official history (docs/money.md).</summary>
public enum RuleEra
{
    /// <summary>Until 2016-05-15: bets of 5 to 7 numbers at fixed multipliers, paid only their highest tier; no duque.</summary>
    Legacy,

    /// <summary>From 2016-05-16 (contest 4085): bets of 5 to 15 numbers at C(k,5) × base, paid per combination; duque exists.</summary>
    Current,
}

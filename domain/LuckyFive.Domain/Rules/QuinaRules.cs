namespace LuckyFive.Domain.Rules;

/// <summary>Which rules applied on a date, and the bet sizes each allowed.</summary>
public static class QuinaRules
{
    /// <summary>The first day of the current rules (Portaria SEAE 24/2016; contest 4085, the first to pay the duque).</summary>
    public static readonly DateOnly CurrentRulesFrom = new(2016, 5, 16);

    public const int LegacyMaxTicketSize = 7;

    public static RuleEra EraOn(DateOnly date) => date < CurrentRulesFrom ? RuleEra.Legacy : RuleEra.Current;

    public static int MaxTicketSize(RuleEra era) => era == RuleEra.Legacy ? LegacyMaxTicketSize : Quina.MaxTicketSize;

    /// <summary>Whether the tier paid prizes in the era: the duque (2 hits) only exists under the current rules.</summary>
    public static bool TierExists(RuleEra era, int hits) => hits is >= 3 and <= 5 || (hits == 2 && era == RuleEra.Current);
}

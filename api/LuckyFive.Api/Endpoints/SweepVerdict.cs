using System.Globalization;

namespace LuckyFive.Api.Endpoints;

/// <summary>The best child's verdict in words: corrected for the search, and on the held-out contests when there are any.</summary>
internal static class SweepVerdict
{
    public static string Of(SweepChildChance chance, SweepHoldoutChance? holdout)
    {
        var where = chance.Sample == "in_sample" ? $"On the {chance.Contests} in-sample contests it" : "It";
        var ranking = chance.BeatsChanceCorrected
            ? $"{where} beats chance even allowing for the sweep's {chance.Family} children (Holm-adjusted p = {P(chance.PValueHolm)})."
            : chance.BeatsChance
                ? $"{where} beats chance at the 5 % level on its own (p = {P(chance.PValue)}) but not once the sweep's {chance.Family} children are allowed for (Holm-adjusted p = {P(chance.PValueHolm)}): the kind of winner a search of this size finds by luck."
                : $"{where} is consistent with chance (p = {P(chance.PValue)}, Holm-adjusted p = {P(chance.PValueHolm)}).";
        if (holdout is null)
        {
            return ranking;
        }

        var judged = holdout.BeatsChance
            ? $"beats chance (p = {P(holdout.PValue)})"
            : $"is consistent with chance (p = {P(holdout.PValue)})";
        return $"{ranking} On the {holdout.Contests} held-out contests it was not chosen on, it {judged}.";
    }

    private static string P(double p) => p.ToString("0.####", CultureInfo.InvariantCulture);
}

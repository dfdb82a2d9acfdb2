using LuckyFive.Domain.Draws;
using LuckyFive.Domain.Rules;

namespace LuckyFive.Domain.Backtesting;

/// <summary>Checks a spec against a history: the range exists and every contest in it sold k-number tickets.</summary>
internal static class BacktestValidator
{
    public static IReadOnlyList<BacktestError> Validate(BacktestSpec spec, DrawHistory history)
    {
        var errors = new List<BacktestError>();
        if (history.Count == 0)
        {
            errors.Add(new("draws", "the draw history is empty"));
            return errors;
        }

        if (spec.FromContest < 1)
        {
            errors.Add(new("from", $"must be a contest number ≥ 1, got {spec.FromContest}"));
        }

        if (spec.ToContest < spec.FromContest)
        {
            errors.Add(new("to", $"must be ≥ from ({spec.FromContest}), got {spec.ToContest}"));
        }

        if (spec.FromContest > history.LastContest || spec.ToContest < history.FirstContest)
        {
            errors.Add(new("from", $"the range {spec.FromContest}..{spec.ToContest} is outside the history ({history.FirstContest}..{history.LastContest})"));
        }
        else if (spec.ToContest > history.LastContest)
        {
            errors.Add(new("to", $"the history ends at contest {history.LastContest}, got {spec.ToContest}"));
        }

        if (errors.Count == 0 && spec.Numbers > QuinaRules.LegacyMaxTicketSize)
        {
            var first = Math.Max(spec.FromContest, history.FirstContest);
            var legacy = history.Draws.FirstOrDefault(d => d.Contest >= first && d.Contest <= spec.ToContest
                && QuinaRules.EraOn(d.Date) == RuleEra.Legacy);
            if (legacy is not null)
            {
                errors.Add(new("numbers", $"{spec.Numbers}-number tickets were sold only from {QuinaRules.CurrentRulesFrom:yyyy-MM-dd}; contest {legacy.Contest} ({legacy.Date:yyyy-MM-dd}) allowed 5 to {QuinaRules.LegacyMaxTicketSize} numbers"));
            }
        }

        return errors;
    }
}

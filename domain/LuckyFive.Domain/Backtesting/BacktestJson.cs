using System.Text.Json;
using LuckyFive.Domain.Draws;
using LuckyFive.Domain.Statistics;

namespace LuckyFive.Domain.Backtesting;

/// <summary>
/// The backtest document other tools consume (docs/cli.md, "JSON output"): snake_case keys, money in integer
/// centavos, numbers ascending. Written field by field so the bytes depend only on the result.
/// </summary>
public static class BacktestJson
{
    public const int FormatVersion = 1;

    public static void Write(Utf8JsonWriter writer, BacktestResult result)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(result);
        writer.WriteStartObject();
        writer.WriteNumber("format_version", FormatVersion);
        writer.WritePropertyName("run");
        WriteRun(writer, result.Spec);
        writer.WritePropertyName("summary");
        WriteSummary(writer, result.Summary);
        writer.WriteStartArray("contests");
        foreach (var contest in result.Contests)
        {
            WriteContest(writer, contest);
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    public static byte[] ToUtf8Bytes(BacktestResult result, bool indented = false)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = indented }))
        {
            Write(writer, result);
        }

        return buffer.ToArray();
    }

    private static void WriteRun(Utf8JsonWriter writer, BacktestSpec spec)
    {
        writer.WriteStartObject();
        writer.WriteString("strategy", spec.Strategy);
        writer.WriteNumber("seed", spec.Seed);
        writer.WriteNumber("from", spec.FromContest);
        writer.WriteNumber("to", spec.ToContest);
        writer.WriteNumber("tickets", spec.Tickets);
        writer.WriteNumber("numbers", spec.Numbers);
        writer.WriteNumber("window", spec.Window);
        writer.WriteStartObject("parameters");
        foreach (var (name, value) in spec.Parameters.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            writer.WriteNumber(name, value);
        }

        writer.WriteEndObject();
        writer.WriteEndObject();
    }

    private static void WriteSummary(Utf8JsonWriter writer, BacktestSummary summary)
    {
        writer.WriteStartObject();
        writer.WriteNumber("contests", summary.Contests);
        writer.WriteNumber("tickets", summary.Tickets);
        writer.WriteStartArray("hit_histogram");
        foreach (var count in summary.HitHistogram)
        {
            writer.WriteNumberValue(count);
        }

        writer.WriteEndArray();
        WriteTiers(writer, "prizes", summary.PrizeCounts);
        writer.WriteNumber("average_best_hits", summary.AverageBestHits);
        writer.WriteNumber("cost_cents", summary.CostCents);
        writer.WriteBoolean("prizes_known", summary.PrizesKnown);
        WriteNullable(writer, "prize_cents", summary.PrizeCents);
        WriteNullable(writer, "net_cents", summary.NetCents);
        WriteNullable(writer, "roi", summary.Roi);
        WriteNullable(writer, "break_even_contest", summary.BreakEvenContest);
        WriteNullable(writer, "max_drawdown_cents", summary.MaxDrawdownCents);
        WriteNullable(writer, "longest_losing_streak", summary.LongestLosingStreak);
        writer.WriteNumber("price_assumed_contests", summary.PriceAssumedContests);
        writer.WriteNumber("jackpot_unknown_contests", summary.JackpotUnknownContests);
        writer.WriteNumber("unpaid_quina_prizes", summary.UnpaidQuinaPrizes);
        writer.WritePropertyName("chance");
        WriteChance(writer, summary.Chance);
        writer.WriteEndObject();
    }

    private static void WriteChance(Utf8JsonWriter writer, ChanceReport chance)
    {
        writer.WriteStartObject();
        writer.WriteStartArray("expected_histogram");
        foreach (var expected in chance.ExpectedHistogram)
        {
            writer.WriteNumberValue(expected);
        }

        writer.WriteEndArray();
        writer.WriteNumber("chi_square", chance.ChiSquare);
        writer.WriteNumber("chi_square_df", chance.ChiSquareDegreesOfFreedom);
        WriteNullable(writer, "chi_square_p_value", chance.ChiSquarePValue);
        writer.WriteNumber("mean_hits_per_ticket", chance.MeanHitsPerTicket);
        WriteNullable(writer, "mean_hits_ci95_low", chance.MeanHitsLower95);
        WriteNullable(writer, "mean_hits_ci95_high", chance.MeanHitsUpper95);
        writer.WriteNumber("null_mean_hits_per_ticket", chance.NullMeanHitsPerTicket);
        writer.WriteNumber("z", chance.Z);
        writer.WriteNumber("one_sided_p_value", chance.OneSidedPValue);
        writer.WriteBoolean("beats_chance_at_5_percent", chance.BeatsChanceAt5Percent);
        writer.WriteEndObject();
    }

    private static void WriteNullable(Utf8JsonWriter writer, string name, long? value)
    {
        if (value is { } number)
        {
            writer.WriteNumber(name, number);
        }
        else
        {
            writer.WriteNull(name);
        }
    }

    private static void WriteNullable(Utf8JsonWriter writer, string name, double? value)
    {
        if (value is { } number && double.IsFinite(number))
        {
            writer.WriteNumber(name, number);
        }
        else
        {
            writer.WriteNull(name);
        }
    }

    private static void WriteContest(Utf8JsonWriter writer, ContestOutcome contest)
    {
        Span<int> numbers = stackalloc int[Quina.MaxTicketSize];
        writer.WriteStartObject();
        writer.WriteNumber("contest", contest.Contest);
        writer.WriteString("date", contest.Date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        WriteNumbers(writer, "drawn", contest.Drawn, numbers);
        writer.WriteStartArray("tickets");
        foreach (var ticket in contest.Tickets)
        {
            WriteNumbers(writer, null, ticket, numbers);
        }

        writer.WriteEndArray();
        writer.WriteStartArray("hits");
        foreach (var hits in contest.Hits)
        {
            writer.WriteNumberValue(hits);
        }

        writer.WriteEndArray();
        writer.WriteNumber("best_hits", contest.BestHits);
        writer.WriteNumber("cost_cents", contest.CostCents);
        WriteNullable(writer, "prize_cents", contest.PrizesKnown ? contest.PrizeCents : null);
        WriteTiers(writer, "prizes", contest.PrizeCounts);
        writer.WriteBoolean("price_assumed", contest.PriceAssumed);
        writer.WriteBoolean("prizes_known", contest.PrizesKnown);
        writer.WriteBoolean("jackpot_unknown", contest.JackpotUnknown);
        writer.WriteBoolean("converted_from_brr", contest.ConvertedFromCruzeiroReal);
        writer.WriteEndObject();
    }

    private static void WriteNumbers(Utf8JsonWriter writer, string? name, NumberSet set, Span<int> buffer)
    {
        if (name is null)
        {
            writer.WriteStartArray();
        }
        else
        {
            writer.WriteStartArray(name);
        }

        var count = set.CopyTo(buffer);
        for (var i = 0; i < count; i++)
        {
            writer.WriteNumberValue(buffer[i]);
        }

        writer.WriteEndArray();
    }

    /// <summary>Per-tier counts keyed by hits: {"5": quina, "4": quadra, "3": terno, "2": duque}.</summary>
    private static void WriteTiers(Utf8JsonWriter writer, string name, long[] counts)
    {
        writer.WriteStartObject(name);
        for (var i = 0; i < counts.Length; i++)
        {
            writer.WriteNumber((Quina.NumbersDrawn - i).ToString(System.Globalization.CultureInfo.InvariantCulture), counts[i]);
        }

        writer.WriteEndObject();
    }
}

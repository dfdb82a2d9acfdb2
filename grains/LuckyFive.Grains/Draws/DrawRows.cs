using LuckyFive.Domain;
using LuckyFive.Domain.Draws;
using Npgsql;
using NpgsqlTypes;

namespace LuckyFive.Grains.Draws;

/// <summary>How a <see cref="Draw"/> maps to a row of the <c>draws</c> table, in one column order for reading and copying.</summary>
internal static class DrawRows
{
    /// <summary>Every field of a draw, in the order <see cref="Read"/> and <see cref="WriteAsync"/> use.</summary>
    public const string Fields =
        "contest, draw_date, n1, n2, n3, n4, n5, "
        + "quina_winners, quina_prize_cents, quadra_winners, quadra_prize_cents, "
        + "terno_winners, terno_prize_cents, duque_winners, duque_prize_cents, "
        + "prizes_known, accumulated_cents, total_sales_cents, prize_estimate_cents, sao_joao_accumulated_cents, "
        + "winner_locations, notes";

    /// <summary>The rows version v holds: written at or before it and not yet replaced at it.</summary>
    public const string SelectVersion =
        $"SELECT {Fields} FROM draws WHERE valid_from <= @version AND (valid_to IS NULL OR valid_to > @version) ORDER BY contest";

    public const string Copy = $"COPY draws (valid_from, {Fields}) FROM STDIN (FORMAT BINARY)";

    public static Draw Read(NpgsqlDataReader row)
    {
        var numbers = NumberSet.Empty;
        for (var i = 0; i < Quina.NumbersDrawn; i++)
        {
            numbers = numbers.With(row.GetInt16(2 + i));
        }

        return new Draw
        {
            Contest = row.GetInt32(0),
            Date = row.GetFieldValue<DateOnly>(1),
            Numbers = numbers,
            Quina = new TierPayout(row.GetInt32(7), row.GetInt64(8)),
            Quadra = new TierPayout(row.GetInt32(9), row.GetInt64(10)),
            Terno = new TierPayout(row.GetInt32(11), row.GetInt64(12)),
            Duque = new TierPayout(row.GetInt32(13), row.GetInt64(14)),
            PrizesKnown = row.GetBoolean(15),
            AccumulatedCents = row.GetInt64(16),
            TotalSalesCents = row.GetInt64(17),
            PrizeEstimateCents = row.GetInt64(18),
            SaoJoaoAccumulatedCents = row.GetInt64(19),
            WinnerLocations = row.GetString(20),
            Notes = row.GetString(21),
        };
    }

    public static async Task WriteAsync(NpgsqlBinaryImporter copy, Draw draw, long validFrom, CancellationToken cancellationToken)
    {
        await copy.StartRowAsync(cancellationToken);
        await copy.WriteAsync(validFrom, NpgsqlDbType.Bigint, cancellationToken);
        await copy.WriteAsync(draw.Contest, NpgsqlDbType.Integer, cancellationToken);
        await copy.WriteAsync(draw.Date, NpgsqlDbType.Date, cancellationToken);
        for (var i = 0; i < Quina.NumbersDrawn; i++)
        {
            await copy.WriteAsync((short)draw.Numbers.NumberAt(i), NpgsqlDbType.Smallint, cancellationToken);
        }

        TierPayout[] tiers = [draw.Quina, draw.Quadra, draw.Terno, draw.Duque];
        foreach (var tier in tiers)
        {
            await copy.WriteAsync(tier.Winners, NpgsqlDbType.Integer, cancellationToken);
            await copy.WriteAsync(tier.PrizeCents, NpgsqlDbType.Bigint, cancellationToken);
        }

        await copy.WriteAsync(draw.PrizesKnown, NpgsqlDbType.Boolean, cancellationToken);
        await copy.WriteAsync(draw.AccumulatedCents, NpgsqlDbType.Bigint, cancellationToken);
        await copy.WriteAsync(draw.TotalSalesCents, NpgsqlDbType.Bigint, cancellationToken);
        await copy.WriteAsync(draw.PrizeEstimateCents, NpgsqlDbType.Bigint, cancellationToken);
        await copy.WriteAsync(draw.SaoJoaoAccumulatedCents, NpgsqlDbType.Bigint, cancellationToken);
        await copy.WriteAsync(draw.WinnerLocations, NpgsqlDbType.Text, cancellationToken);
        await copy.WriteAsync(draw.Notes, NpgsqlDbType.Text, cancellationToken);
    }
}

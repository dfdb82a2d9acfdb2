namespace LuckyFive.Domain.Draws.Import;

/// <summary>
/// Turns one row of cells into a <see cref="Draw"/>, or says which cell is wrong and why. Checks run in a
/// fixed order (contest, date, numbers, then the optional columns) and the first problem rejects the row.
/// Optional columns that are absent or blank read as 0 / ""; amounts stay in the currency of publication.
/// </summary>
internal sealed class DrawRowParser(DrawColumnMap map, bool uses1904Dates)
{
    public RowRejection? TryParse(SheetRow row, out Draw? draw)
    {
        draw = null;
        string? problem;
        if ((problem = Required(row, DrawField.Contest, out var contestText)) is not null
            || (problem = WholeNumberText.TryParse(contestText, out var contest)) is not null
            || (problem = contest < 1 ? $"contest must be 1 or more (got {contest})" : null) is not null
            || (problem = contest > DrawImporter.MaxContest ? $"contest must be at most {DrawImporter.MaxContest} (got {contest})" : null) is not null)
        {
            return Reject(row, DrawField.Contest, problem);
        }

        if ((problem = Required(row, DrawField.Date, out var dateText)) is not null
            || (problem = DateText.TryParse(dateText, uses1904Dates, out var date)) is not null)
        {
            return Reject(row, DrawField.Date, problem);
        }

        var numbers = NumberSet.Empty;
        for (var field = DrawField.Number1; field <= DrawField.Number5; field++)
        {
            if ((problem = Required(row, field, out var numberText)) is not null
                || (problem = WholeNumberText.TryParse(numberText, out var number)) is not null
                || (problem = number is < 1 or > Quina.MaxNumber ? $"number {number} is outside 1..{Quina.MaxNumber}" : null) is not null
                || (problem = numbers.Contains(number) ? $"number {number} is drawn twice ({DuplicateOf(row, field, number)})" : null) is not null)
            {
                return Reject(row, field, problem);
            }

            numbers = numbers.With(number);
        }

        var failure = Optional(row, out var payouts, out var amounts);
        if (failure is not null)
        {
            return failure;
        }

        draw = new Draw
        {
            Contest = contest,
            Date = date,
            Numbers = numbers,
            Quina = payouts[0],
            Quadra = payouts[1],
            Terno = payouts[2],
            Duque = payouts[3],
            PrizesKnown = map.HasPrizes,
            AccumulatedCents = amounts[0],
            TotalSalesCents = amounts[1],
            PrizeEstimateCents = amounts[2],
            SaoJoaoAccumulatedCents = amounts[3],
            WinnerLocations = Cell(row, DrawField.WinnerLocations),
            Notes = Cell(row, DrawField.Notes),
        };
        return null;
    }

    private RowRejection? Optional(SheetRow row, out TierPayout[] payouts, out long[] amounts)
    {
        ReadOnlySpan<(DrawField Winners, DrawField Prize)> tiers =
        [
            (DrawField.QuinaWinners, DrawField.QuinaPrize),
            (DrawField.QuadraWinners, DrawField.QuadraPrize),
            (DrawField.TernoWinners, DrawField.TernoPrize),
            (DrawField.DuqueWinners, DrawField.DuquePrize),
        ];
        ReadOnlySpan<DrawField> amountFields = [DrawField.Accumulated, DrawField.TotalSales, DrawField.PrizeEstimate, DrawField.SaoJoaoAccumulated];
        payouts = new TierPayout[tiers.Length];
        amounts = new long[amountFields.Length];
        string? problem;
        for (var i = 0; i < tiers.Length; i++)
        {
            var winnersText = Cell(row, tiers[i].Winners);
            var winners = 0;
            if (!string.IsNullOrWhiteSpace(winnersText) && (problem = WholeNumberText.TryParse(winnersText, out winners)) is not null)
            {
                return Reject(row, tiers[i].Winners, problem);
            }

            var prizeText = Cell(row, tiers[i].Prize);
            long prize = 0;
            if (!string.IsNullOrWhiteSpace(prizeText) && (problem = MoneyText.TryParseCents(prizeText, out prize)) is not null)
            {
                return Reject(row, tiers[i].Prize, problem);
            }

            payouts[i] = new TierPayout(winners, prize);
        }

        for (var i = 0; i < amountFields.Length; i++)
        {
            var text = Cell(row, amountFields[i]);
            if (!string.IsNullOrWhiteSpace(text) && (problem = MoneyText.TryParseCents(text, out amounts[i])) is not null)
            {
                return Reject(row, amountFields[i], problem);
            }
        }

        return null;
    }

    private string? Required(SheetRow row, DrawField field, out string text)
    {
        text = Cell(row, field);
        return string.IsNullOrWhiteSpace(text) ? "the value is missing" : null;
    }

    /// <summary>The cell's text as published; "" when the column is absent or the row stops short of it.</summary>
    private string Cell(SheetRow row, DrawField field)
    {
        var column = map.ColumnOf(field);
        return column >= 0 && column < row.Cells.Length ? row.Cells[column] : "";
    }

    private string DuplicateOf(SheetRow row, DrawField field, int number)
    {
        for (var earlier = DrawField.Number1; earlier < field; earlier++)
        {
            if (WholeNumberText.TryParse(Cell(row, earlier), out var value) is null && value == number)
            {
                return $"also in \"{map.HeaderOf(earlier)}\"";
            }
        }

        return "earlier in the row";
    }

    private RowRejection Reject(SheetRow row, DrawField field, string reason) => new(row.Number, map.HeaderOf(field), reason);
}

namespace LuckyFive.Domain.Draws.Import;

/// <summary>
/// Walks the rows of a sheet: the first non-empty row is the header, every later row becomes a draw,
/// a rejection, or an empty-row count. Within one file a contest may appear once; later copies are rejected.
/// </summary>
internal static class DrawSheetParser
{
    public static DrawParseResult Parse(SheetData sheet, DrawFileFormat format)
    {
        var rows = sheet.Rows;
        var empty = 0;
        var index = 0;
        while (index < rows.Count && rows[index].IsEmpty)
        {
            empty++;
            index++;
        }

        if (index == rows.Count)
        {
            throw new InvalidDataException("The file is empty: it has no header row.");
        }

        var header = rows[index++];
        if (header.Problem is not null)
        {
            throw new InvalidDataException($"The header row (row {header.Number}) is malformed: {header.Problem}.");
        }

        var map = DrawColumnMap.FromHeader(header.Cells);
        var parser = new DrawRowParser(map, sheet.Uses1904Dates);
        var draws = new List<Draw>(rows.Count - index);
        var rejections = new List<RowRejection>();
        var rowOfContest = new Dictionary<int, int>(rows.Count - index);
        for (; index < rows.Count; index++)
        {
            var row = rows[index];
            if (row.IsEmpty)
            {
                empty++;
                continue;
            }

            Draw? draw = null;
            var rejection = CheckShape(row, map, header.Cells.Length, sheet.StrictCellCount) ?? parser.TryParse(row, out draw);
            if (rejection is null && !rowOfContest.TryAdd(draw!.Contest, row.Number))
            {
                rejection = new RowRejection(
                    row.Number, map.HeaderOf(DrawField.Contest), $"contest {draw.Contest} already appears in row {rowOfContest[draw.Contest]}");
            }

            if (rejection is null)
            {
                draws.Add(draw!);
            }
            else
            {
                rejections.Add(rejection);
            }
        }

        return new DrawParseResult(format, draws, rejections, empty, map.Ignored, map.HasPrizes);
    }

    private static RowRejection? CheckShape(SheetRow row, DrawColumnMap map, int headerCells, bool strict)
    {
        if (row.Problem is not null)
        {
            return new RowRejection(row.Number, row.ProblemCell >= 0 ? map.HeaderAt(row.ProblemCell) : null, row.Problem);
        }

        if (strict && row.Cells.Length != headerCells)
        {
            return new RowRejection(row.Number, null, $"the row has {row.Cells.Length} cells but the header has {headerCells}");
        }

        // A worksheet may leave trailing cells out, but a value beyond the last headed column belongs to no field.
        for (var column = map.Width; column < row.Cells.Length; column++)
        {
            if (!string.IsNullOrWhiteSpace(row.Cells[column]))
            {
                return new RowRejection(
                    row.Number, null, $"the row has a value in column {column + 1}, but the header names only {map.Width} columns");
            }
        }

        return null;
    }
}

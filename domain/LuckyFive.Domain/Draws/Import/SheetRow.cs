namespace LuckyFive.Domain.Draws.Import;

/// <summary>
/// One row of a worksheet or CSV file as text cells, before any interpretation.
/// A reader that finds the row itself malformed (e.g. an unclosed quote) says so in <see cref="Problem"/>
/// rather than throwing, so the row can be rejected with its number.
/// </summary>
internal readonly record struct SheetRow(int Number, string[] Cells, string? Problem = null, int ProblemCell = -1)
{
    public bool IsEmpty
    {
        get
        {
            if (Problem is not null)
            {
                return false;
            }

            foreach (var cell in Cells)
            {
                if (!string.IsNullOrWhiteSpace(cell))
                {
                    return false;
                }
            }

            return true;
        }
    }
}

namespace LuckyFive.Domain.Draws.Import;

/// <summary>The rows of one sheet, plus what is needed to read its date serials.</summary>
/// <param name="Rows">Every row in order, empty ones included, numbered as in the file.</param>
/// <param name="Uses1904Dates">The workbook counts date serials from 1904 (old Mac Excel) instead of 1900.</param>
/// <param name="StrictCellCount">CSV records must have exactly as many fields as the header; worksheets may omit trailing cells.</param>
internal sealed record SheetData(IReadOnlyList<SheetRow> Rows, bool Uses1904Dates, bool StrictCellCount);

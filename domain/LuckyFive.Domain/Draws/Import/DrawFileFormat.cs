namespace LuckyFive.Domain.Draws.Import;

/// <summary>The file formats a draw history can be read from.</summary>
public enum DrawFileFormat
{
    /// <summary>An Excel workbook (.xlsx), such as Caixa's official results file.</summary>
    Xlsx,

    /// <summary>Comma- (or semicolon-) separated text with a header row (RFC 4180 quoting).</summary>
    Csv,
}

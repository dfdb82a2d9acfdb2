namespace LuckyFive.Domain.Draws.Import;

/// <summary>The history after an import, and what the import did.</summary>
public sealed class DrawImportResult
{
    internal DrawImportResult(DrawHistory history, DrawImportReport report)
    {
        History = history;
        Report = report;
    }

    public DrawHistory History { get; }

    public DrawImportReport Report { get; }
}

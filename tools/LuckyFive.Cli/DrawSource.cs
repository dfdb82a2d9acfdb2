using LuckyFive.Domain.Draws;
using LuckyFive.Domain.Draws.Import;

namespace LuckyFive.Cli;

/// <summary>Where a command's draw history comes from: a results file, or the synthetic demo history.</summary>
internal static class DrawSource
{
    public const int DemoContests = 1_000;
    public const ulong DemoSeed = 1994;

    /// <summary>Reads the file; throws <see cref="CliException"/> if it cannot be read or any row is rejected.</summary>
    public static DrawImportResult Import(string path, string? sheet)
    {
        if (!File.Exists(path))
        {
            throw new CliException($"--draws: no file at '{path}'");
        }

        using var stream = File.OpenRead(path);
        try
        {
            return DrawImporter.Import(DrawHistory.Empty, stream, null, sheet ?? DrawImporter.DefaultSheetName);
        }
        catch (Exception e) when (e is FormatException or InvalidDataException or ArgumentException or System.Xml.XmlException)
        {
            throw new CliException($"--draws: '{path}' could not be read: {e.Message}");
        }
    }

    /// <summary>The history to replay: the file when given (it must import without rejections), else the demo.</summary>
    public static DrawHistory Load(string? path, string? sheet, TextWriter messages)
    {
        if (path is null)
        {
            messages.WriteLine($"No --draws file given: using a synthetic demo history of {DemoContests} contests (seed {DemoSeed}).");
            return SyntheticHistory.Generate(DemoContests, DemoSeed);
        }

        var result = Import(path, sheet);
        if (result.Report.Rejected > 0)
        {
            var first = string.Concat(result.Report.Rejections.Take(10).Select(r => Environment.NewLine + "  " + r));
            var more = result.Report.Rejected > 10 ? $"{Environment.NewLine}  … and {result.Report.Rejected - 10} more ('luckyfive draws check' lists them all)" : "";
            throw new CliException($"--draws: '{path}' has {result.Report.Rejected} rejected rows; fix them first:{first}{more}");
        }

        return result.History;
    }
}

namespace LuckyFive.TestSupport;

/// <summary>The official results files shared beside the repository, in <c>../shared/data/quina</c>.</summary>
public static class QuinaData
{
    private static readonly Lazy<string> s_folder = new(FindFolder);

    /// <summary>Caixa's workbook: every contest with prizes.</summary>
    public static string Workbook => File("Quina.xlsx");

    /// <summary>The workbook as CSV, every cell as text: the same draws.</summary>
    public static string FullCsv => File("quina-draws-full.csv");

    /// <summary>Contest, date and numbers only: no prize columns.</summary>
    public static string ShortCsv => File("quina-draws.csv");

    /// <summary>A file of the folder by name.</summary>
    public static string File(string name) => Path.Combine(s_folder.Value, name);

    private static string FindFolder()
    {
        var quina = Path.GetFullPath(Path.Combine(RepositoryFiles.Root, "..", "shared", "data", "quina"));
        return Directory.Exists(quina) ? quina : throw new DirectoryNotFoundException($"Expected the shared results files in {quina}.");
    }
}

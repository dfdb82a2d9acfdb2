namespace LuckyFive.Domain.Tests.TestData;

/// <summary>
/// Locates the read-only data shared beside the repository (<c>../shared</c>), starting from the test binaries
/// and walking up to the folder that holds the solution file, so tests run from any output path.
/// </summary>
internal static class SharedData
{
    private const string SolutionFile = "LuckyFive.Orleans.sln";

    private static readonly Lazy<string> Root = new(FindSharedRoot);

    /// <summary>A file under <c>../shared/data/quina</c>.</summary>
    public static string QuinaFile(string name) => Path.Combine(Root.Value, "data", "quina", name);

    public static FileStream OpenQuinaFile(string name) => File.OpenRead(QuinaFile(name));

    private static string FindSharedRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, SolutionFile)))
            {
                var shared = Path.GetFullPath(Path.Combine(folder.FullName, "..", "shared"));
                return Directory.Exists(shared)
                    ? shared
                    : throw new DirectoryNotFoundException($"Expected the shared data folder at {shared}, beside the repository.");
            }
        }

        throw new DirectoryNotFoundException($"No folder above {AppContext.BaseDirectory} contains {SolutionFile}.");
    }
}

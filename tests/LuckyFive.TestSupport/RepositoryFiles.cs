namespace LuckyFive.TestSupport;

/// <summary>Files of this repository, found from the test's build output by the solution file.</summary>
public static class RepositoryFiles
{
    private static readonly Lazy<string> s_root = new(FindRoot);

    /// <summary>The folder that holds <c>LuckyFive.Orleans.sln</c>.</summary>
    public static string Root => s_root.Value;

    /// <summary>A path below the root, e.g. <c>Path("docs", "api.md")</c>.</summary>
    public static string Path(params string[] parts) => System.IO.Path.Combine([Root, .. parts]);

    private static string FindRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(folder.FullName, "LuckyFive.Orleans.sln")))
            {
                return folder.FullName;
            }
        }

        throw new DirectoryNotFoundException($"No folder above {AppContext.BaseDirectory} holds LuckyFive.Orleans.sln.");
    }
}

namespace LuckyFive.TestSupport;

/// <summary>A new folder under the system's temporary folder, deleted with everything in it on dispose.</summary>
public sealed class TemporaryFolder : IDisposable
{
    public string Path { get; } = Directory.CreateTempSubdirectory("luckyfive-test-").FullName;

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // Left for the system to clean: a process of the test may still hold a file.
        }
    }
}

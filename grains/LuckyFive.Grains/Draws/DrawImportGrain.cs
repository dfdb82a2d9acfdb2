using LuckyFive.GrainInterfaces.Draws;

namespace LuckyFive.Grains.Draws;

/// <summary>
/// The cluster's draw importer: one activation, so imports queue here; the store's advisory lock serialises them
/// against any other writer too. The silo that runs an import hands the new history to its own source at once;
/// the other silos see the new version within <see cref="DrawHistorySource.VersionCheckPeriod"/>.
/// </summary>
internal sealed class DrawImportGrain(DrawStore store, DrawHistorySource source) : Grain, IDrawImportGrain
{
    public async Task<DrawImportOutcome> ImportAsync(byte[] content, string fileName)
    {
        ArgumentNullException.ThrowIfNull(content);
        DrawStoreImport import;
        try
        {
            using var stream = new MemoryStream(content, writable: false);
            import = await store.ImportAsync(stream, format: null, fileName ?? "", CancellationToken.None);
        }
        catch (InvalidDataException e)
        {
            return new DrawImportOutcome(e.Message, null);
        }

        if (import.CreatedVersion)
        {
            source.Add(import.Version, import.History);
        }

        return new DrawImportOutcome(null, DrawViews.Summary(import));
    }
}

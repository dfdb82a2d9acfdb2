namespace LuckyFive.GrainInterfaces.Draws;

/// <summary>The well-known keys of the draw grains.</summary>
public static class DrawGrains
{
    /// <summary>The key of the one <see cref="IDrawImportGrain"/> and of the <see cref="IDrawQueryGrain"/> workers.</summary>
    public const long Key = 0;

    /// <summary>The cluster's draw importer.</summary>
    public static IDrawImportGrain GetDrawImportGrain(this IGrainFactory grains)
    {
        ArgumentNullException.ThrowIfNull(grains);
        return grains.GetGrain<IDrawImportGrain>(Key);
    }

    /// <summary>A draw query worker on the calling silo (or, from a client, on the gateway's silo).</summary>
    public static IDrawQueryGrain GetDrawQueryGrain(this IGrainFactory grains)
    {
        ArgumentNullException.ThrowIfNull(grains);
        return grains.GetGrain<IDrawQueryGrain>(Key);
    }
}

namespace LuckyFive.Runtime.Abstractions;

/// <summary>
/// Creates grain references. A reference is cheap, location-transparent and serializable; the grain is
/// activated on first call, wherever placement puts it.
/// </summary>
public interface IGrainFactory
{
    /// <summary>Gets a reference to the grain with the given Guid key.</summary>
    /// <param name="primaryKey">The key.</param>
    /// <param name="grainClassNamePrefix">Chooses among several classes implementing the interface.</param>
    TGrainInterface GetGrain<TGrainInterface>(Guid primaryKey, string? grainClassNamePrefix = null)
        where TGrainInterface : IGrainWithGuidKey;

    /// <summary>Gets a reference to the grain with the given integer key.</summary>
    /// <param name="primaryKey">The key.</param>
    /// <param name="grainClassNamePrefix">Chooses among several classes implementing the interface.</param>
    TGrainInterface GetGrain<TGrainInterface>(long primaryKey, string? grainClassNamePrefix = null)
        where TGrainInterface : IGrainWithIntegerKey;

    /// <summary>Gets a reference to the grain with the given string key.</summary>
    /// <param name="primaryKey">The key.</param>
    /// <param name="grainClassNamePrefix">Chooses among several classes implementing the interface.</param>
    TGrainInterface GetGrain<TGrainInterface>(string primaryKey, string? grainClassNamePrefix = null)
        where TGrainInterface : IGrainWithStringKey;

    /// <summary>Gets a reference to the grain with the given Guid key and key extension.</summary>
    /// <param name="primaryKey">The key.</param>
    /// <param name="keyExtension">The key extension.</param>
    /// <param name="grainClassNamePrefix">Chooses among several classes implementing the interface.</param>
    TGrainInterface GetGrain<TGrainInterface>(Guid primaryKey, string keyExtension, string? grainClassNamePrefix = null)
        where TGrainInterface : IGrainWithGuidCompoundKey;

    /// <summary>Gets a reference to the grain with the given integer key and key extension.</summary>
    /// <param name="primaryKey">The key.</param>
    /// <param name="keyExtension">The key extension.</param>
    /// <param name="grainClassNamePrefix">Chooses among several classes implementing the interface.</param>
    TGrainInterface GetGrain<TGrainInterface>(long primaryKey, string keyExtension, string? grainClassNamePrefix = null)
        where TGrainInterface : IGrainWithIntegerCompoundKey;

    /// <summary>Gets a reference to the grain with the given id, typed as <typeparamref name="TGrainInterface"/>.</summary>
    TGrainInterface GetGrain<TGrainInterface>(GrainId grainId)
        where TGrainInterface : IAddressable;
}

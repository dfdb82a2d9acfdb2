using LuckyFive.Runtime.Abstractions;
using Xunit;

namespace LuckyFive.Runtime.Testing;

/// <summary>What every <see cref="IGrainDirectory"/> must do: first writer wins. Tests use fresh grain ids and silos.</summary>
public abstract class GrainDirectoryConformanceTests
{
    /// <summary>The directory under test.</summary>
    protected abstract IGrainDirectory CreateDirectory();

    /// <summary>The first registration wins; later ones learn the winner.</summary>
    [Fact]
    public async Task Register_Twice_FirstWriterWins()
    {
        var directory = CreateDirectory();
        var grainId = NewGrainId();
        var first = new GrainAddress(grainId, NewSilo(), Guid.NewGuid());
        var second = new GrainAddress(grainId, NewSilo(), Guid.NewGuid());

        Assert.Equal(first, await directory.Register(first));
        Assert.Equal(first, await directory.Register(second));
        Assert.Equal(first, await directory.Lookup(grainId));
    }

    /// <summary>Unregister removes only the registered activation.</summary>
    [Fact]
    public async Task Unregister_OtherActivation_KeepsEntryAndOwnRemovesIt()
    {
        var directory = CreateDirectory();
        var grainId = NewGrainId();
        var address = new GrainAddress(grainId, NewSilo(), Guid.NewGuid());
        await directory.Register(address);

        await directory.Unregister(address with { ActivationId = Guid.NewGuid() });
        Assert.Equal(address, await directory.Lookup(grainId));

        await directory.Unregister(address);
        Assert.Null(await directory.Lookup(grainId));
    }

    /// <summary>Removing dead silos removes their entries only.</summary>
    [Fact]
    public async Task UnregisterSilos_DeadSilo_RemovesOnlyItsEntries()
    {
        var directory = CreateDirectory();
        var dead = NewSilo();
        var alive = NewSilo();
        var onDead = new GrainAddress(NewGrainId(), dead, Guid.NewGuid());
        var onAlive = new GrainAddress(NewGrainId(), alive, Guid.NewGuid());
        await directory.Register(onDead);
        await directory.Register(onAlive);

        await directory.UnregisterSilos([dead]);

        Assert.Null(await directory.Lookup(onDead.GrainId));
        Assert.Equal(onAlive, await directory.Lookup(onAlive.GrainId));
    }

    private static GrainId NewGrainId() => new("conformance", Guid.NewGuid().ToString("N"));

    private static SiloAddress NewSilo() => new($"silo-{Guid.NewGuid():N}", 1);
}

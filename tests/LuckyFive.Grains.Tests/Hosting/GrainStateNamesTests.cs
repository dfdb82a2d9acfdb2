using LuckyFive.Grains.Hosting;
using Orleans.Runtime;

namespace LuckyFive.Grains.Tests.Hosting;

public sealed class GrainStateNamesTests
{
    [Fact]
    public void Conflicts_EveryGrainClassOfLuckyFiveAndOfTheseTests_None()
    {
        var classes = GrainStateNames.GrainClassesIn(typeof(GrainStateNames).Assembly)
            .Concat(GrainStateNames.GrainClassesIn(typeof(GrainStateNamesTests).Assembly))
            .ToArray();

        Assert.NotEmpty(GrainStateNames.Declarations(classes));
        Assert.Empty(GrainStateNames.Conflicts(classes));
    }

    [Fact]
    public void Conflicts_TwoClassesOneStateNameInOneStorage_NamesBothClasses()
    {
        var conflict = Assert.Single(GrainStateNames.Conflicts([typeof(FirstHolder), typeof(SecondHolder), typeof(OtherStorageHolder)]));

        Assert.Equal(
            $"State name 'shared' in storage 'Default' is declared by {typeof(FirstHolder).FullName} and {typeof(SecondHolder).FullName}; give each grain class's state a name of its own.",
            conflict);
    }

    [Fact]
    public void Declarations_NoStorageNamed_CountsAsDefaultStorage()
    {
        var declaration = Assert.Single(GrainStateNames.Declarations([typeof(FirstHolder)]));

        Assert.Equal(new GrainStateNames.Declaration(typeof(FirstHolder), "Default", "shared"), declaration);
    }

    // Plain classes (not grains), so no silo of this assembly hosts them: they only carry the declarations.
    internal sealed class FirstHolder([PersistentState("shared")] IPersistentState<int> state)
    {
        public IPersistentState<int> State { get; } = state;
    }

    internal sealed class SecondHolder([PersistentState("shared", "Default")] IPersistentState<string> state)
    {
        public IPersistentState<string> State { get; } = state;
    }

    internal sealed class OtherStorageHolder([PersistentState("shared", "Archive")] IPersistentState<long> state)
    {
        public IPersistentState<long> State { get; } = state;
    }
}

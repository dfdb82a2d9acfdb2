using LuckyFive.TestSupport;

namespace LuckyFive.Grains.Tests.Database;

/// <summary>The tests that need PostgreSQL share one throwaway server; each test makes databases of its own.</summary>
[CollectionDefinition(Name)]
public sealed class DatabaseTestGroup : ICollectionFixture<PostgresFixture>
{
    public const string Name = "Grains database";
}

using Microsoft.Extensions.Options;

namespace LuckyFive.Runtime.Tests;

public sealed class MemoryGrainStorageConformanceTests : GrainStorageConformanceTests
{
    protected override IGrainStorage CreateStorage() =>
        new MemoryGrainStorage(Options.Create(new ClusterOptions()), new GrainSerializer(Options.Create(new SerializationOptions())));
}

public sealed class InMemoryReminderTableConformanceTests : ReminderTableConformanceTests
{
    protected override IReminderTable CreateTable() => new InMemoryReminderTable();
}

public sealed class InMemoryMembershipTableConformanceTests : MembershipTableConformanceTests
{
    protected override Task<IMembershipTable> CreateTableAsync() => Task.FromResult<IMembershipTable>(new InMemoryMembershipTable());
}

public sealed class InMemoryGrainDirectoryConformanceTests : GrainDirectoryConformanceTests
{
    protected override IGrainDirectory CreateDirectory() => new InMemoryGrainDirectory();
}

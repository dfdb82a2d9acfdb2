using LuckyFive.Domain;

namespace LuckyFive.Domain.Tests;

public sealed class SmokeTests
{
    [Fact]
    public void Quina_MaxNumber_Is80() => Assert.Equal(80, Quina.MaxNumber);
}

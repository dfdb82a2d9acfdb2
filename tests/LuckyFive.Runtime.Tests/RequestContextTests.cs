namespace LuckyFive.Runtime.Tests;

public sealed class RequestContextTests
{
    [Fact]
    public async Task Set_InChildFlow_IsNotSeenByParent()
    {
        RequestContext.Clear();
        RequestContext.Set("k", "parent");

        await Task.Run(() => RequestContext.Set("k", "child"));

        Assert.Equal("parent", RequestContext.Get("k"));
        RequestContext.Clear();
    }

    [Fact]
    public void Remove_PresentAndAbsentKeys_ReportsWhetherRemoved()
    {
        RequestContext.Clear();
        RequestContext.Set("a", 1);

        Assert.True(RequestContext.Remove("a"));
        Assert.False(RequestContext.Remove("a"));
        Assert.Empty(RequestContext.Keys);
    }

    [Fact]
    public void SuppressCallChainReentrancy_Scope_KeepsEntriesAndRestoresOnDispose()
    {
        RequestContext.Clear();
        RequestContext.Set("a", "b");
        using (RequestContext.SuppressCallChainReentrancy())
        {
            Assert.Equal("b", RequestContext.Get("a"));
        }

        Assert.Equal("b", RequestContext.Get("a"));
        RequestContext.Clear();
    }
}

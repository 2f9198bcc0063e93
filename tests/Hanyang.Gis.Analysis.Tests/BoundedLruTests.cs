using Hanyang.Gis.Analysis.ServiceCircles;

namespace Hanyang.Gis.Analysis.Tests;

public sealed class BoundedLruTests
{
    [Fact]
    public void Put_PastTheCount_EvictsTheLeastRecentlyUsed()
    {
        var lru = new BoundedLru<string, int>(2, 100, _ => 1);
        lru.Put("a", 1);
        lru.Put("b", 2);
        Assert.True(lru.TryGet("a", out _));

        lru.Put("c", 3);

        Assert.False(lru.TryGet("b", out _));
        Assert.True(lru.TryGet("a", out var a) && a == 1);
        Assert.True(lru.TryGet("c", out var c) && c == 3);
        Assert.Equal((2, 2L), (lru.Count, lru.Weight));
    }

    [Fact]
    public void Put_PastTheWeight_EvictsUntilItFits()
    {
        var lru = new BoundedLru<string, int>(10, 10, v => v);
        lru.Put("a", 4);
        lru.Put("b", 4);

        lru.Put("c", 5);

        Assert.False(lru.TryGet("a", out _));
        Assert.True(lru.TryGet("b", out _));
        Assert.Equal((2, 9L), (lru.Count, lru.Weight));
    }

    [Fact]
    public void Put_HeavierThanTheWholeBound_IsNotHeldAndDropsTheOldValue()
    {
        var lru = new BoundedLru<string, int>(10, 10, v => v);
        lru.Put("a", 3);

        lru.Put("a", 11);

        Assert.False(lru.TryGet("a", out _));
        Assert.Equal((0, 0L), (lru.Count, lru.Weight));
    }
}

using Hanyang.Gis.Data.Embedded;
using Hanyang.Gis.Domain.Stores;

namespace Hanyang.Gis.Data.Tests.Embedded;

/// <summary>The embedded store's items by id: changes by id over a sorted array, the list merged in ordinal id order.</summary>
public sealed class ItemsByIdTests
{
    [Fact]
    public void With_AddsReplacesAndRemovesById_LeavesTheOriginalAsItWas()
    {
        var original = ItemsById<string>.Create([Item("b", 1), Item("d", 1), Item("B", 1)], Key);

        var changed = original.With([Change("a", 1), Change("d", null), Change("c", 1), Change("b", 2), Change("x", null), Change("c", 2)]);

        Assert.Equal(["B 1", "a 1", "b 2", "c 2"], Listed(changed));
        Assert.Equal((2L, null, null), (changed.Find("b")!.Version, changed.Find("d"), changed.Find("x")));
        Assert.Equal("B", changed.Find("B")!.Value);
        Assert.Equal(["B 1", "b 1", "d 1"], Listed(original));
        Assert.Null(original.Find("a"));
    }

    [Fact]
    public void With_AfterTheListWasMerged_StartsFromItAndKeepsItsOrder()
    {
        var first = ItemsById<string>.Create([Item("m", 1)], Key).With([Change("k", 1), Change("z", 1)]);
        Assert.Equal(["k 1", "m 1", "z 1"], Listed(first)); // merged here

        var second = first.With([Change("m", null), Change("é", 1), Change("0", 1)]);

        Assert.Equal(["0 1", "k 1", "z 1", "é 1"], Listed(second));
        Assert.Null(second.Find("m"));
        Assert.Equal(["k 1", "m 1", "z 1"], Listed(first));
    }

    private static string Key(string value) => value;

    private static Versioned<string> Item(string id, long version) => new(id, version);

    private static KeyValuePair<string, Versioned<string>?> Change(string id, long? version) => new(id, version is { } v ? Item(id, v) : null);

    private static string[] Listed(ItemsById<string> items) => [.. items.All.Select(i => $"{i.Value} {i.Version}")];
}

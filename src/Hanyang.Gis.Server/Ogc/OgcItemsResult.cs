namespace Hanyang.Gis.Server.Ogc;

/// <summary>
/// One page of items — features in order, how many match in all, where the page starts — or, when a property
/// filter is not valid for the collection, the problem (a 400 naming the parameter) and no page.
/// </summary>
internal sealed record OgcItemsResult(IReadOnlyList<OgcFeature> Features, long NumberMatched, int Offset, string? Problem = null)
{
    /// <summary>True when items follow this page.</summary>
    public bool HasMore => Offset + Features.Count < NumberMatched;

    /// <summary>A refused filter: <paramref name="problem"/> names the parameter and what was expected.</summary>
    public static OgcItemsResult Invalid(string problem) => new([], 0, 0, problem);
}

namespace Hanyang.Gis.Domain.Stores;

/// <summary>One page of a feature query.</summary>
/// <param name="Features">The features on this page, ordered by id.</param>
/// <param name="NumberMatched">How many features match the query in all pages.</param>
/// <param name="Offset">Index of the first feature of this page among all matches.</param>
public sealed record FeaturePage(IReadOnlyList<PlanFeature> Features, long NumberMatched, int Offset)
{
    /// <summary>True when more matches follow this page.</summary>
    public bool HasMore => Offset + Features.Count < NumberMatched;
}

using Hanyang.Gis.Domain.Facilities;
using Hanyang.Gis.Domain.Places;
using NetTopologySuite.Geometries;

namespace Hanyang.Gis.Domain.Stores;

/// <summary>
/// Feature queries by layer and by place (role of <see cref="IPlanStore"/>): pages of a layer's features for the
/// OGC API and the map, one feature by id, nearest facilities, communities of a zone or street. All EPSG:4547.
/// </summary>
public interface IFeatureQueries
{
    /// <summary>Features of <paramref name="layer"/> whose geometry intersects <paramref name="bbox"/> (all when null), ordered by id.</summary>
    Task<FeaturePage> ListFeaturesAsync(PlanLayer layer, Envelope? bbox, int offset, int limit, CancellationToken cancellationToken);

    /// <summary>
    /// Features of <paramref name="layer"/> that intersect <paramref name="bbox"/> (all when null) and whose
    /// properties equal every value of <paramref name="where"/> (names from <see cref="PlanQueryables"/>), ordered by id.
    /// </summary>
    Task<FeaturePage> ListFeaturesAsync(PlanLayer layer, Envelope? bbox, IReadOnlyDictionary<string, string> where, int offset, int limit, CancellationToken cancellationToken);

    /// <summary>One feature by id, or null.</summary>
    Task<PlanFeature?> FindFeatureAsync(PlanLayer layer, string id, CancellationToken cancellationToken);

    /// <summary>The <paramref name="count"/> facilities of <paramref name="kind"/> nearest to <paramref name="point"/>, nearest first.</summary>
    Task<IReadOnlyList<FacilityDistance>> ListNearestFacilitiesAsync(Point point, FacilityKind kind, int count, CancellationToken cancellationToken);

    /// <summary>Facilities (of <paramref name="kind"/> when given) within <paramref name="radiusMeters"/> of <paramref name="point"/>, nearest first.</summary>
    Task<IReadOnlyList<FacilityDistance>> ListFacilitiesWithinAsync(Point point, double radiusMeters, FacilityKind? kind, CancellationToken cancellationToken);

    /// <summary>Communities whose location lies in the zone, ordered by code.</summary>
    Task<IReadOnlyList<Community>> ListCommunitiesInZoneAsync(ZoneId zone, CancellationToken cancellationToken);

    /// <summary>Communities of the street, ordered by code.</summary>
    Task<IReadOnlyList<Community>> ListCommunitiesInStreetAsync(StreetCode street, CancellationToken cancellationToken);
}

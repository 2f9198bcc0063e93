using Hanyang.Gis.Domain.Places;
using Hanyang.Gis.Spatial;
using Hanyang.Gis.Spatial.Validation;
using NetTopologySuite.Geometries;

namespace Hanyang.Gis.Data;

/// <summary>What both stores check before replacing the communities, so that a refused set writes nothing.</summary>
internal static class CommunityCheck
{
    /// <summary>Throws unless every code is unique, every location a Point and every area a Polygon or MultiPolygon, all in EPSG:4547.</summary>
    /// <exception cref="ArgumentException">A code appears twice, or a geometry is of the wrong type (the message names the community).</exception>
    /// <exception cref="GeometryRejectedException">A geometry is not in EPSG:4547.</exception>
    public static void Require(IReadOnlyList<Community> communities)
    {
        ArgumentNullException.ThrowIfNull(communities);
        var repeated = communities.GroupBy(c => c.Code.Value, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (repeated is not null)
        {
            throw new ArgumentException($"community code '{repeated.Key}' appears {repeated.Count()} times; nothing was replaced");
        }

        foreach (var community in communities)
        {
            GeometryGuard.RequireSrid(community.Location, Srid.Internal, $"community '{community.Code}'");
            if (community.Area is { } area)
            {
                GeometryGuard.RequireSrid(area, Srid.Internal, $"community '{community.Code}' area");
                if (area is not (Polygon or MultiPolygon))
                {
                    throw new ArgumentException($"community '{community.Code}': an area is a Polygon or MultiPolygon, not a {area.GeometryType}; nothing was replaced");
                }
            }
        }
    }
}

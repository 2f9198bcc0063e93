using Hanyang.Gis.Domain.Places;
using Hanyang.Gis.Domain.Roads;
using Hanyang.Gis.Spatial;
using Hanyang.Gis.Spatial.Validation;

namespace Hanyang.Gis.Data;

/// <summary>What both stores check before replacing the network, so that a refused network writes nothing.</summary>
internal static class NetworkCheck
{
    /// <summary>Throws unless every id is unique within its layer and every geometry is in EPSG:4547.</summary>
    /// <exception cref="ArgumentException">An id appears twice (the message names it).</exception>
    /// <exception cref="GeometryRejectedException">A geometry is not in EPSG:4547.</exception>
    public static void Require(IReadOnlyList<Road> roads, IReadOnlyList<WaterBody> water)
    {
        ArgumentNullException.ThrowIfNull(roads);
        ArgumentNullException.ThrowIfNull(water);
        RequireUnique(roads.Select(r => r.Id.Value), "road");
        RequireUnique(water.Select(w => w.Id), "water body");
        foreach (var road in roads)
        {
            GeometryGuard.RequireSrid(road.Geometry, Srid.Internal, $"road '{road.Id}'");
        }

        foreach (var body in water)
        {
            GeometryGuard.RequireSrid(body.Area, Srid.Internal, $"water body '{body.Id}'");
        }
    }

    private static void RequireUnique(IEnumerable<string> ids, string what)
    {
        var repeated = ids.GroupBy(id => id, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (repeated is not null)
        {
            throw new ArgumentException($"{what} id '{repeated.Key}' appears {repeated.Count()} times; nothing was replaced");
        }
    }
}

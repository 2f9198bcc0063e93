using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Hanyang.Gis.Domain.Plan;
using Hanyang.Gis.Domain.Roads;

namespace Hanyang.Gis.Analysis.ServiceCircles;

/// <summary>
/// A fingerprint of what service circles depend on — every road segment and every facility (id, kind,
/// status, position) — so a stored circle can tell whether the data changed since it was computed.
/// </summary>
public static class PlanDataVersion
{
    /// <summary>The fingerprint of <paramref name="plan"/>: 16 hex digits of a SHA-256.</summary>
    public static string Of(PlanDataset plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var text = new StringBuilder();
        foreach (var road in plan.Roads.OrderBy(r => r.Id.Value, StringComparer.Ordinal))
        {
            text.Append(CultureInfo.InvariantCulture, $"r{road.Id}|{road.Class}|{road.Walkable}|{road.OneWay}|{road.Status}|{road.Geometry.Length:R}|{road.Geometry.StartPoint.X:R},{road.Geometry.StartPoint.Y:R}\n");
        }

        foreach (var facility in plan.Facilities.OrderBy(f => f.Id.Value, StringComparer.Ordinal))
        {
            text.Append(CultureInfo.InvariantCulture, $"f{facility.Id}|{facility.Kind}|{facility.Status}|{facility.Location.X:R},{facility.Location.Y:R}\n");
        }

        return Hash(text);
    }

    /// <summary>
    /// The fingerprint of the routable network <paramref name="roads"/> make: what <see cref="Routing.PlanNetworkBuilder"/>
    /// reads of every segment (class, access, one-way, status, length, both ends), 16 hex digits of a SHA-256.
    /// </summary>
    public static string OfRoads(IReadOnlyList<Road> roads)
    {
        ArgumentNullException.ThrowIfNull(roads);
        var text = new StringBuilder();
        foreach (var road in roads)
        {
            var (start, end) = (road.Geometry.StartPoint, road.Geometry.EndPoint);
            text.Append(CultureInfo.InvariantCulture, $"{road.Class}|{road.Walkable}|{road.OneWay}|{road.Status}|{road.Geometry.Length:R}|{start.X:R},{start.Y:R}|{end.X:R},{end.Y:R}\n");
        }

        return Hash(text);
    }

    private static string Hash(StringBuilder text) =>
        Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())))[..16].ToLowerInvariant();
}

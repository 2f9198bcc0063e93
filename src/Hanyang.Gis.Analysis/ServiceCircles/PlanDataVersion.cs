using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Hanyang.Gis.Domain.Plan;

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

        return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())))[..16].ToLowerInvariant();
    }
}

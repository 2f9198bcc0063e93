using System.Globalization;
using Hanyang.Gis.Domain;
using Hanyang.Gis.Domain.Facilities;
using Hanyang.Gis.Domain.Stores;

namespace Hanyang.Gis.Analysis.ServiceCircles;

/// <summary>The properties a stored service circle is published with (API and CLI GeoJSON alike).</summary>
public static class ServiceCircleProperties
{
    /// <summary>snake_case properties of <paramref name="circle"/>; <paramref name="names"/> gives facility names.</summary>
    public static IReadOnlyDictionary<string, object?> Of(StoredServiceCircle circle, IReadOnlyDictionary<FacilityId, string> names)
    {
        ArgumentNullException.ThrowIfNull(circle);
        ArgumentNullException.ThrowIfNull(names);
        return new Dictionary<string, object?>
        {
            ["id"] = circle.Id,
            ["facility"] = circle.Facility is { } id && names.TryGetValue(id, out var name) ? name : null,
            ["kind"] = Identifiers.Of(circle.Kind),
            ["mode"] = circle.Mode,
            ["minutes"] = circle.Minutes,
            ["dissolved"] = circle.Facility is null,
            ["reached_network_meters"] = Math.Round(circle.ReachedMeters),
            ["area_m2"] = Math.Round(circle.Area.Area),
            ["data_version"] = circle.DataVersion,
            ["computed_at"] = circle.ComputedAt.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture),
        };
    }
}

using System.Globalization;
using Hanyang.Gis.Spatial;
using Hanyang.Gis.Spatial.Crs;
using Hanyang.Gis.Spatial.Validation;
using NetTopologySuite.Geometries;

namespace Hanyang.Gis.Domain.Places;

/// <summary>
/// Where a planner's features may lie: the district's bounding box widened by a margin (a site just across
/// the boundary is a fair proposal), whatever the district. It replaces any fixed lon/lat box, so that the
/// system works for a district other than Hanyang without a code change.
/// </summary>
/// <param name="DistrictName">The district's name, for messages (e.g. 汉阳区).</param>
/// <param name="Box">The widened box in EPSG:4547 (metres).</param>
/// <param name="LonLat">The same box as WGS84 longitude/latitude, named for messages.</param>
public sealed record DistrictExtent(string DistrictName, Envelope Box, CoordinateRange LonLat)
{
    /// <summary>The margin used for edits and proposals: 5 km beyond the district's bounding box.</summary>
    public const double DefaultMarginMeters = 5000;

    /// <summary>The extent of <paramref name="name"/>'s <paramref name="boundary"/> (EPSG:4547) widened by <paramref name="marginMeters"/>.</summary>
    public static DistrictExtent Of(string name, Geometry boundary, double marginMeters = DefaultMarginMeters)
    {
        ArgumentNullException.ThrowIfNull(boundary);
        var box = new Envelope(boundary.EnvelopeInternal);
        box.ExpandBy(marginMeters);
        var corners = new[] { (box.MinX, box.MinY), (box.MinX, box.MaxY), (box.MaxX, box.MinY), (box.MaxX, box.MaxY) }
            .Select(c => Reprojector.Transform(c.Item1, c.Item2, Srid.Internal, Srid.Wgs84)).ToArray();
        var lonLat = new Envelope(corners.Min(c => c.Item1), corners.Max(c => c.Item1), corners.Min(c => c.Item2), corners.Max(c => c.Item2));
        var label = string.Create(CultureInfo.InvariantCulture, $"{name} and {marginMeters / 1000:0.#} km around it (lon {lonLat.MinX:0.###}–{lonLat.MaxX:0.###}, lat {lonLat.MinY:0.###}–{lonLat.MaxY:0.###})");
        return new DistrictExtent(name, box, new CoordinateRange(label, "longitude", "latitude", lonLat));
    }

    /// <summary>The extent of <paramref name="district"/>.</summary>
    public static DistrictExtent Of(District district, double marginMeters = DefaultMarginMeters)
    {
        ArgumentNullException.ThrowIfNull(district);
        return Of(district.Name, district.Boundary, marginMeters);
    }

    /// <summary>True when every coordinate of <paramref name="geometry"/> (EPSG:4547) lies in the box.</summary>
    public bool Contains(Geometry geometry)
    {
        ArgumentNullException.ThrowIfNull(geometry);
        return Box.Contains(geometry.EnvelopeInternal);
    }
}

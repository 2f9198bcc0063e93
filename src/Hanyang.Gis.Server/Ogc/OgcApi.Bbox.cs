using System.Globalization;
using Hanyang.Gis.Spatial;
using Hanyang.Gis.Spatial.Crs;
using NetTopologySuite.Geometries;

namespace Hanyang.Gis.Server.Ogc;

/// <summary>The bbox parameter (Part 1 §7.15.3): four WGS84 numbers, checked, to an envelope in EPSG:4547.</summary>
internal static partial class OgcApi
{
    /// <summary>
    /// Reads "minLon,minLat,maxLon,maxLat" into an EPSG:4547 envelope covering it (clamped to the internal CRS's
    /// area of use), or a problem naming what is wrong.
    /// </summary>
    internal static bool TryParseBbox(string text, out Envelope? envelope, out string problem)
    {
        envelope = null;
        var parts = text.Split(',');
        var numbers = parts.Select(p => double.TryParse(p, NumberStyles.Float, CultureInfo.InvariantCulture, out var v) ? v : double.NaN).ToArray();
        if (parts.Length != 4 || numbers.Any(n => !double.IsFinite(n)))
        {
            problem = $"bbox '{text}' must be four numbers: minLon,minLat,maxLon,maxLat (WGS84)";
            return false;
        }

        var (minLon, minLat, maxLon, maxLat) = (numbers[0], numbers[1], numbers[2], numbers[3]);
        if (minLon < -180 || maxLon > 180 || minLat < -90 || maxLat > 90 || minLon > maxLon || minLat > maxLat)
        {
            problem = $"bbox '{text}' is out of range or inverted (longitude −180…180, latitude −90…90, min ≤ max)";
            return false;
        }

        // Outside the internal CRS's area of use a transform would be meaningless: clamp to it (nothing lies beyond).
        minLon = Math.Max(minLon, 112.5);
        maxLon = Math.Min(maxLon, 115.5);
        minLat = Math.Max(minLat, 21.5);
        maxLat = Math.Min(maxLat, 45.5);
        if (minLon > maxLon || minLat > maxLat)
        {
            envelope = new Envelope(0, 1, 0, 1); // intersects nothing of the plan
            problem = string.Empty;
            return true;
        }

        var corners = new[] { (minLon, minLat), (minLon, maxLat), (maxLon, minLat), (maxLon, maxLat), ((minLon + maxLon) / 2, minLat), ((minLon + maxLon) / 2, maxLat) };
        envelope = new Envelope();
        foreach (var (lon, lat) in corners)
        {
            var (x, y) = Reprojector.Transform(lon, lat, Srid.Wgs84, Srid.Internal);
            envelope.ExpandToInclude(x, y);
        }

        problem = string.Empty;
        return true;
    }
}

using System.Globalization;
using Hanyang.Gis.Spatial;
using Hanyang.Gis.Spatial.Crs;

namespace Hanyang.Gis.Data.Import;

/// <summary>
/// Tells which supported CRS a WKT text (a Shapefile's .prj, a GeoPackage SRS definition) describes.
/// An EPSG authority code on the outermost element decides when present; otherwise (ESRI .prj files
/// carry none) the datum (name and ellipsoid), prime meridian, units and projection parameters must all
/// match one of EPSG:4326, 4490, 4547 or 3857. Anything else is unknown and refused, never guessed.
/// </summary>
internal static class WktCrsIdentifier
{
    private const double DegreeInRadians = 0.0174532925199433;

    private static readonly string Supported = string.Join(", ", Srid.Supported.Select(Srid.Describe));

    /// <summary>The CRS the WKT describes, or a reason (for a planner) why it cannot be used.</summary>
    public static (SourceCrs? Crs, string? Problem) Identify(string wkt)
    {
        WktNode root;
        try
        {
            root = WktNode.Parse(wkt.Trim());
        }
        catch (FormatException e)
        {
            return (null, $"is not readable coordinate-system WKT: {e.Message}");
        }

        var authority = root.Child("AUTHORITY", "ID");
        if (authority is { Name: { } org } && org.Equals("EPSG", StringComparison.OrdinalIgnoreCase))
        {
            var code = authority.Number(1) ?? (authority.Values.Count > 1 && double.TryParse(authority.Values[1] as string, NumberStyles.Integer, CultureInfo.InvariantCulture, out var parsed) ? parsed : null);
            if (code is { } c && c == Math.Floor(c) && c is > 0 and < int.MaxValue)
            {
                var srid = (int)c;
                return Srid.IsSupported(srid)
                    ? (SourceCrs.FromSrid(srid), null)
                    : (null, $"declares {Srid.Describe(srid)} ({root.Name}), which is not supported; supported are {Supported}");
            }
        }

        var srid2 = root.Keyword switch
        {
            "GEOGCS" => Geographic(root),
            "PROJCS" => Projected(root),
            _ => null,
        };
        return srid2 is { } found
            ? (SourceCrs.FromSrid(found), null)
            : (null, $"describes a coordinate system this system cannot identify ({root.Keyword} \"{root.Name}\"); supported are {Supported}; reproject the data or say which it is with --crs after removing the declaration");
    }

    private static int? Geographic(WktNode geogcs)
    {
        var primeMeridian = geogcs.Child("PRIMEM")?.Number(1);
        var unit = geogcs.Child("UNIT")?.Number(1);
        if (primeMeridian is not 0.0 || unit is not { } u || !Close(u, DegreeInRadians))
        {
            return null;
        }

        return Datum(geogcs.Child("DATUM"));
    }

    private static int? Datum(WktNode? datum)
    {
        if (datum is null || datum.Child("TOWGS84") is { } shift && shift.Values.OfType<double>().Any(v => v != 0))
        {
            return null;
        }

        var name = Normalise(datum.Name);
        var spheroid = datum.Child("SPHEROID", "ELLIPSOID");
        var (a, inverseFlattening) = (spheroid?.Number(1), spheroid?.Number(2));
        if (a is not 6378137.0 || inverseFlattening is not { } rf)
        {
            return null;
        }

        if (name is "wgs1984" or "dwgs1984" or "wgs84" or "worldgeodeticsystem1984" && Close(rf, 298.257223563))
        {
            return Srid.Wgs84;
        }

        if (name is "china2000" or "dchina2000" or "cgcs2000" or "chinageodeticcoordinatesystem2000" && Close(rf, 298.257222101))
        {
            return Srid.Cgcs2000;
        }

        return null;
    }

    private static int? Projected(WktNode projcs)
    {
        var geographic = projcs.Child("GEOGCS") is { } g ? Geographic(g) : null;
        var unit = projcs.Child("UNIT")?.Number(1);
        var projection = Normalise(projcs.Child("PROJECTION")?.Name);
        if (geographic is null || unit is not { } u || !Close(u, 1.0))
        {
            return null;
        }

        var parameters = projcs.Children("PARAMETER")
            .Where(p => p.Name is not null && p.Number(1) is not null)
            .GroupBy(p => Normalise(p.Name))
            .ToDictionary(p => p.Key, p => p.First().Number(1)!.Value, StringComparer.Ordinal);
        double Parameter(string name) => parameters.TryGetValue(name, out var value) ? value : 0.0;

        if (geographic == Srid.Cgcs2000 && projection is "transversemercator" or "gausskruger"
            && Close(Parameter("centralmeridian"), 114) && Close(parameters.GetValueOrDefault("scalefactor", 1.0), 1.0)
            && Close(Parameter("falseeasting"), 500_000) && Parameter("falsenorthing") == 0 && Parameter("latitudeoforigin") == 0)
        {
            return Srid.Cgcs2000GaussKruger114E;
        }

        var webMercator = projection is "mercatorauxiliarysphere" or "popularvisualisationpseudomercator"
            || (projection is "mercator1sp" or "mercator" && projcs.Child("EXTENSION") is { } extension
                && extension.Values.OfType<string>().Any(v => v.Contains("+a=6378137", StringComparison.Ordinal) && v.Contains("+b=6378137", StringComparison.Ordinal)));
        if (geographic == Srid.Wgs84 && webMercator
            && Parameter("centralmeridian") == 0 && Parameter("falseeasting") == 0 && Parameter("falsenorthing") == 0
            && Parameter("standardparallel1") == 0 && Parameter("latitudeoforigin") == 0 && Parameter("auxiliaryspheretype") == 0)
        {
            return Srid.WebMercator;
        }

        return null;
    }

    private static string Normalise(string? name) =>
        name is null ? string.Empty : new string(name.Where(char.IsAsciiLetterOrDigit).Select(char.ToLowerInvariant).ToArray());

    private static bool Close(double actual, double expected) => Math.Abs(actual - expected) <= 1e-9 * Math.Max(1, Math.Abs(expected));
}

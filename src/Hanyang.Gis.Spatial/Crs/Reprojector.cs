using NetTopologySuite.Geometries;
using ProjNet.CoordinateSystems;
using ProjNet.CoordinateSystems.Transformations;

namespace Hanyang.Gis.Spatial.Crs;

/// <summary>
/// Transforms geometries and coordinates between the supported SRIDs (EPSG:4326, 4490, 4547, 3857),
/// built on ProjNET with the shipped WKT in <see cref="CoordinateSystemWkt"/>.
/// </summary>
/// <remarks>
/// <para>Every transformation goes through geographic longitude/latitude. WGS84 and CGCS2000 are
/// treated as coincident: the two realisations differ by a few centimetres, far below the accuracy
/// of any planning data, and PostGIS's EPSG:4326→4547 agrees with this to about 3 mm. Applying ProjNET's
/// ellipsoid-to-ellipsoid datum shift instead would not round-trip (≈6 mm drift per round trip).</para>
/// <para>Thread safety: ProjNET does not document its transforms as thread-safe, so each thread gets its
/// own transform instances. Inputs are never mutated: geometry results are deep copies.</para>
/// </remarks>
public static class Reprojector
{
    private static readonly CoordinateSystemFactory CsFactory = new();
    private static readonly CoordinateTransformationFactory CtFactory = new();

    private static readonly ThreadLocal<MathTransform> GaussKrugerForward = new(() => CreateTransform(CoordinateSystemWkt.Cgcs2000, CoordinateSystemWkt.Cgcs2000GaussKruger114E));
    private static readonly ThreadLocal<MathTransform> GaussKrugerInverse = new(() => CreateTransform(CoordinateSystemWkt.Cgcs2000, CoordinateSystemWkt.Cgcs2000GaussKruger114E).Inverse());
    private static readonly ThreadLocal<MathTransform> WebMercatorForward = new(() => CreateTransform(CoordinateSystemWkt.Wgs84, CoordinateSystemWkt.WebMercator));
    private static readonly ThreadLocal<MathTransform> WebMercatorInverse = new(() => CreateTransform(CoordinateSystemWkt.Wgs84, CoordinateSystemWkt.WebMercator).Inverse());

    /// <summary>
    /// Returns a copy of <paramref name="source"/> in <paramref name="targetSrid"/>, built by the target's
    /// factory from <see cref="GeometryFactories"/>. The source is left untouched.
    /// </summary>
    /// <exception cref="MissingSridException">The source has SRID 0.</exception>
    /// <exception cref="UnsupportedSridException">Either SRID is not supported.</exception>
    public static Geometry Transform(Geometry source, int targetSrid)
    {
        ArgumentNullException.ThrowIfNull(source);
        var sourceSrid = source.SRID;
        if (sourceSrid == 0)
        {
            throw new MissingSridException(null, null);
        }

        if (!Srid.IsSupported(sourceSrid))
        {
            throw new UnsupportedSridException(sourceSrid);
        }

        var copy = GeometryFactories.For(targetSrid).CreateGeometry(source);
        if (NeedsArithmetic(sourceSrid, targetSrid))
        {
            copy.Apply(new TransformFilter(sourceSrid, targetSrid));
            copy.GeometryChanged();
        }

        return copy;
    }

    /// <summary>Transforms one coordinate pair from <paramref name="sourceSrid"/> to <paramref name="targetSrid"/>.</summary>
    /// <returns>(x, y) in the target CRS: (longitude, latitude) in degrees or (easting, northing) in metres.</returns>
    public static (double X, double Y) Transform(double x, double y, int sourceSrid, int targetSrid)
    {
        if (!Srid.IsSupported(sourceSrid))
        {
            throw new UnsupportedSridException(sourceSrid);
        }

        if (!Srid.IsSupported(targetSrid))
        {
            throw new UnsupportedSridException(targetSrid);
        }

        return NeedsArithmetic(sourceSrid, targetSrid) ? Convert(x, y, sourceSrid, targetSrid) : (x, y);
    }

    private static bool NeedsArithmetic(int sourceSrid, int targetSrid) =>
        sourceSrid != targetSrid && !(Srid.IsGeographic(sourceSrid) && Srid.IsGeographic(targetSrid));

    private static (double X, double Y) Convert(double x, double y, int sourceSrid, int targetSrid)
    {
        var (lon, lat) = sourceSrid switch
        {
            Srid.Cgcs2000GaussKruger114E => GaussKrugerInverse.Value!.Transform(x, y),
            Srid.WebMercator => WebMercatorInverse.Value!.Transform(x, y),
            _ => (x, y),
        };
        return targetSrid switch
        {
            Srid.Cgcs2000GaussKruger114E => GaussKrugerForward.Value!.Transform(lon, lat),
            Srid.WebMercator => WebMercatorForward.Value!.Transform(lon, lat),
            _ => (lon, lat),
        };
    }

    private static MathTransform CreateTransform(string sourceWkt, string targetWkt)
    {
        var source = CsFactory.CreateFromWkt(sourceWkt);
        var target = CsFactory.CreateFromWkt(targetWkt);
        return CtFactory.CreateFromCoordinateSystems(source, target).MathTransform;
    }

    private sealed class TransformFilter(int sourceSrid, int targetSrid) : ICoordinateSequenceFilter
    {
        public bool Done => false;

        public bool GeometryChanged => true;

        public void Filter(CoordinateSequence seq, int i)
        {
            var (x, y) = Convert(seq.GetX(i), seq.GetY(i), sourceSrid, targetSrid);
            seq.SetX(i, x);
            seq.SetY(i, y);
        }
    }
}

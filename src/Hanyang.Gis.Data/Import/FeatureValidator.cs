using System.Globalization;
using Hanyang.Gis.Spatial;
using Hanyang.Gis.Spatial.Crs;
using Hanyang.Gis.Spatial.Validation;
using NetTopologySuite.Geometries;
using NetTopologySuite.Geometries.Utilities;
using NetTopologySuite.Operation.Valid;

namespace Hanyang.Gis.Data.Import;

/// <summary>
/// Checks one feature's geometry and brings it into EPSG:4547: every coordinate finite and inside the
/// declared CRS's range, inside the internal CRS's area of use once converted, and valid — or, with
/// make-valid, repaired by NTS <see cref="GeometryFixer"/> and reported as a repair. Problems are recorded
/// in the context; the result is null when the feature is refused.
/// </summary>
internal static class FeatureValidator
{
    public static Geometry? Validate(RawFeature feature, SourceCrs crs, ImportContext context)
    {
        if (feature.Geometry is null)
        {
            return null;
        }

        var source = GeometryFactories.For(crs.Srid).CreateGeometry(feature.Geometry);
        if (source.IsEmpty)
        {
            context.Problem(feature.Item, "the geometry is empty");
            return null;
        }

        if (Rejection(() => GeometryGuard.RequireCoordinatesIn(source, CoordinateRange.For(crs.Srid))) is { } outOfRange)
        {
            var hint = Srid.IsGeographic(crs.Srid) ? SwapHint(source) : string.Empty;
            context.Problem(feature.Item, $"{outOfRange} (the coordinates were read as {crs.Name}){hint}");
            return null;
        }

        var wgs84 = crs.Convert(source, Srid.Wgs84);
        if (Rejection(() => GeometryGuard.RequireCoordinatesIn(wgs84, PlausibleExtent.InternalCrsArea)) is { } outside)
        {
            context.Problem(feature.Item, $"{outside} after converting from {crs.Name}{SwapHint(wgs84)}; is the data in another CRS than {crs.Name}?");
            return null;
        }

        var error = new IsValidOp(source).ValidationError;
        if (error is not null)
        {
            var what = $"invalid geometry: {error.Message} at {Where(error.Coordinate)}";
            if (!context.Options.MakeValid)
            {
                context.Problem(feature.Item, $"{what}; repair it in the source or import with --make-valid");
                return null;
            }

            var fixedGeometry = GeometryFixer.Fix(source);
            if (fixedGeometry.IsEmpty)
            {
                context.Problem(feature.Item, $"{what}; --make-valid could not repair it (nothing valid is left)");
                return null;
            }

            context.Repair(feature.Item, $"{what} repaired with --make-valid ({source.GeometryType} became {fixedGeometry.GeometryType})");
            source = fixedGeometry;
        }

        var result = crs.Convert(source, Srid.Internal);
        if (GeometryGuard.Find(result, Srid.Internal) is { } rejected)
        {
            context.Problem(feature.Item, $"after converting from {crs.Name} to {Srid.Describe(Srid.Internal)}: {rejected.Reason}");
            return null;
        }

        return result;
    }

    private static string? Rejection(Action check)
    {
        try
        {
            check();
            return null;
        }
        catch (GeometryRejectedException e)
        {
            return e.Reason;
        }
    }

    private static string SwapHint(Geometry wgs84)
    {
        var bounds = PlausibleExtent.InternalCrsArea.Bounds;
        var all = wgs84.Coordinates;
        return all.Length > 0 && all.All(c => bounds.Contains(c.Y, c.X)) ? " (the coordinates would fit with longitude and latitude swapped: are the columns swapped?)" : string.Empty;
    }

    private static string Where(Coordinate? at) =>
        at is null ? "an unknown location" : string.Create(CultureInfo.InvariantCulture, $"({at.X:0.#######}, {at.Y:0.#######})");
}

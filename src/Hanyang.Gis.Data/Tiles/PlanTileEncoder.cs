using System.Collections;
using System.Globalization;
using Hanyang.Gis.Domain.Stores;
using Hanyang.Gis.Spatial;
using Hanyang.Gis.Spatial.Crs;
using Hanyang.Gis.Spatial.Tiles;
using NetTopologySuite.Features;
using NetTopologySuite.Geometries;
using NetTopologySuite.IO.VectorTiles;
using NetTopologySuite.IO.VectorTiles.Mapbox;
using NetTopologySuite.Operation.OverlayNG;
using NetTopologySuite.Simplify;

namespace Hanyang.Gis.Data.Tiles;

/// <summary>
/// Cuts plan features into one Mapbox vector tile in C#, the way PostGIS's ST_AsMVT does for the PostGIS
/// store: features whose EPSG:4547 envelope meets the buffered tile, simplified in ground metres
/// (<see cref="TileCoordinate.SimplifyToleranceMeters"/>; polygons keep their topology), clipped to the tile
/// plus its <see cref="TileCoordinate.Buffer"/> and encoded by NetTopologySuite.IO.VectorTiles.Mapbox
/// (which takes WGS84 and maps it onto the tile grid).
/// </summary>
internal static class PlanTileEncoder
{
    /// <summary>The EPSG:4547 box that holds every feature that may appear in <paramref name="tile"/>.</summary>
    public static Envelope SearchEnvelope(TileCoordinate tile)
    {
        var buffered = tile.BufferedWebMercatorBounds;
        var envelope = new Envelope();
        foreach (var (x, y) in Outline(buffered))
        {
            var (e, n) = Reprojector.Transform(x, y, Srid.WebMercator, Srid.Internal);
            envelope.ExpandToInclude(e, n);
        }

        return envelope;
    }

    /// <summary>Encodes <paramref name="features"/> (EPSG:4547, in the order given) as layer <paramref name="layerName"/>; empty when none remain.</summary>
    public static byte[] Encode(string layerName, IEnumerable<PlanFeature> features, TileCoordinate tile)
    {
        var clip = ClipPolygon(tile);
        var tolerance = tile.SimplifyToleranceMeters;
        var layer = new Layer { Name = layerName };
        foreach (var feature in features)
        {
            var simplified = Simplify(feature.Geometry, tolerance);
            var wgs84 = Reprojector.Transform(simplified, Srid.Wgs84);
            var clipped = wgs84 is Point point ? (clip.EnvelopeInternal.Contains(point.Coordinate) ? point : null) : Clip(wgs84, clip);
            if (clipped is null || clipped.IsEmpty)
            {
                continue;
            }

            layer.Features.Add(new Feature(clipped, Attributes(feature.Properties)));
        }

        if (layer.Features.Count == 0)
        {
            return [];
        }

        var vectorTile = new VectorTile { TileId = new NetTopologySuite.IO.VectorTiles.Tiles.Tile(tile.X, tile.Y, tile.Zoom).Id };
        vectorTile.Layers.Add(layer);
        using var stream = new MemoryStream();
        vectorTile.Write(stream, MapboxTileWriter.DefaultMinLinealExtent, MapboxTileWriter.DefaultMinPolygonalExtent, TileCoordinate.Extent);
        return stream.ToArray();
    }

    private static Geometry Simplify(Geometry geometry, double tolerance) => geometry switch
    {
        IPuntal => geometry,
        IPolygonal => TopologyPreservingSimplifier.Simplify(geometry, tolerance),
        _ => DouglasPeuckerSimplifier.Simplify(geometry, tolerance),
    };

    private static Geometry? Clip(Geometry geometry, Polygon clip)
    {
        if (clip.EnvelopeInternal.Contains(geometry.EnvelopeInternal))
        {
            return geometry;
        }

        if (!clip.EnvelopeInternal.Intersects(geometry.EnvelopeInternal))
        {
            return null;
        }

        var clipped = OverlayNGRobust.Overlay(geometry, clip, OverlayNG.INTERSECTION);
        // An intersection of a polygon with the tile may also yield stray lines or points on its border:
        // keep only parts of the feature's own dimension.
        return clipped.Dimension == geometry.Dimension ? OfDimension(clipped, geometry.Dimension) : null;
    }

    private static Geometry OfDimension(Geometry geometry, Dimension dimension)
    {
        if (geometry is not GeometryCollection { GeometryType: "GeometryCollection" } collection)
        {
            return geometry;
        }

        var parts = Enumerable.Range(0, collection.NumGeometries).Select(collection.GetGeometryN).Where(g => g.Dimension == dimension).ToArray();
        return geometry.Factory.BuildGeometry(parts);
    }

    private static Polygon ClipPolygon(TileCoordinate tile)
    {
        var buffered = tile.BufferedWebMercatorBounds;
        var (minLon, minLat) = Reprojector.Transform(buffered.MinX, buffered.MinY, Srid.WebMercator, Srid.Wgs84);
        var (maxLon, maxLat) = Reprojector.Transform(buffered.MaxX, buffered.MaxY, Srid.WebMercator, Srid.Wgs84);
        return (Polygon)GeometryFactories.Wgs84.ToGeometry(new Envelope(minLon, maxLon, minLat, maxLat));
    }

    private static IEnumerable<(double X, double Y)> Outline(Envelope e)
    {
        const int Steps = 8; // edges sampled so the curved outline in EPSG:4547 is covered
        for (var i = 0; i <= Steps; i++)
        {
            var fx = e.MinX + (e.Width * i / Steps);
            var fy = e.MinY + (e.Height * i / Steps);
            yield return (fx, e.MinY);
            yield return (fx, e.MaxY);
            yield return (e.MinX, fy);
            yield return (e.MaxX, fy);
        }
    }

    /// <summary>The properties as MVT values: scalars as they are, arrays joined with commas, nulls left out.</summary>
    private static AttributesTable Attributes(IReadOnlyDictionary<string, object?> properties)
    {
        var table = new AttributesTable();
        foreach (var (key, value) in properties)
        {
            switch (value)
            {
                case null:
                    break;
                case string or bool or int or long or double or float:
                    table.Add(key, value);
                    break;
                case IEnumerable items:
                    table.Add(key, string.Join(',', items.Cast<object?>().Select(i => Convert.ToString(i, CultureInfo.InvariantCulture))));
                    break;
                default:
                    table.Add(key, Convert.ToString(value, CultureInfo.InvariantCulture));
                    break;
            }
        }

        return table;
    }
}

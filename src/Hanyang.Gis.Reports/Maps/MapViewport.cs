using Hanyang.Gis.Spatial;
using Hanyang.Gis.Spatial.Crs;
using NetTopologySuite.Geometries;
using SkiaSharp;

namespace Hanyang.Gis.Reports.Maps;

/// <summary>
/// Maps EPSG:4547 metres to image pixels: the requested extent, widened to the frame's aspect ratio,
/// fills the map frame; north is up and one pixel is the same number of metres in x and y.
/// </summary>
public sealed class MapViewport
{
    /// <summary>Fits <paramref name="extent"/> into <paramref name="frame"/>.</summary>
    public MapViewport(Envelope extent, SKRect frame)
    {
        ArgumentNullException.ThrowIfNull(extent);
        if (extent.IsNull || extent.Width <= 0 || extent.Height <= 0)
        {
            throw new ArgumentException("the map extent is empty", nameof(extent));
        }

        Frame = frame;
        PixelsPerMeter = Math.Min(frame.Width / extent.Width, frame.Height / extent.Height);
        var (halfWidth, halfHeight) = (frame.Width / PixelsPerMeter / 2, frame.Height / PixelsPerMeter / 2);
        Extent = new Envelope(extent.Centre.X - halfWidth, extent.Centre.X + halfWidth, extent.Centre.Y - halfHeight, extent.Centre.Y + halfHeight);
        CentreLatitudeDegrees = Reprojector.Transform(extent.Centre.X, extent.Centre.Y, Srid.Internal, Srid.Wgs84).Y;
    }

    /// <summary>Latitude of the extent's centre, used to express resolutions as the web map (Web Mercator) does.</summary>
    public double CentreLatitudeDegrees { get; }

    /// <summary>The map frame in image pixels.</summary>
    public SKRect Frame { get; }

    /// <summary>The extent actually shown (EPSG:4547).</summary>
    public Envelope Extent { get; }

    /// <summary>Scale: image pixels per ground metre.</summary>
    public double PixelsPerMeter { get; }

    /// <summary>Ground metres per pixel.</summary>
    public double MetersPerPixel => 1 / PixelsPerMeter;

    /// <summary>The same resolution in Web-Mercator units, which the web map's style thresholds are written in.</summary>
    public double WebMercatorResolution => MetersPerPixel / Math.Cos(CentreLatitudeDegrees * Math.PI / 180);

    /// <summary>The pixel of a point in EPSG:4547.</summary>
    public SKPoint ToPixel(double x, double y) =>
        new((float)(Frame.Left + ((x - Extent.MinX) * PixelsPerMeter)), (float)(Frame.Top + ((Extent.MaxY - y) * PixelsPerMeter)));

    /// <summary>The pixel of a coordinate in EPSG:4547.</summary>
    public SKPoint ToPixel(Coordinate c) => ToPixel(c.X, c.Y);
}

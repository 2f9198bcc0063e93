using Hanyang.Gis.Spatial;
using NetTopologySuite.IO.Esri;
using NetTopologySuite.IO.Esri.Shapefiles.Readers;

namespace Hanyang.Gis.Data.Import;

/// <summary>
/// Reads an ESRI Shapefile: the .shp geometries with the attributes of the .dbf beside it (required) and
/// the CRS of the .prj beside it (required unless --crs says it; an unreadable or unknown .prj is refused).
/// The .dbf text is decoded as its .cpg says; without one, as UTF-8 when it is valid UTF-8, else GB18030.
/// Invalid shapes are read as they are, so that validation can report or repair them.
/// </summary>
internal static class ShapefileLayerReader
{
    public static RawLayer Read(ImportContext context)
    {
        var dbf = Sibling(context.Path, ".dbf");
        var prj = Sibling(context.Path, ".prj");
        var stem = Path.GetFileNameWithoutExtension(context.Path);
        if (dbf is null)
        {
            context.Problem(null, $"{stem}.dbf is missing: a Shapefile needs its .shp, .dbf (attributes) and .prj (coordinate system) side by side", $"{stem}.dbf");
        }

        var declared = prj is null ? null : ReadPrj(prj, context);
        DbfEncoding.EnsureCodePages();
        var cpg = Sibling(context.Path, ".cpg");
        var encoding = cpg is null ? null : ReadCpg(cpg, context);
        if (cpg is null && dbf is not null)
        {
            // No .cpg: valid UTF-8 is UTF-8, anything else the GB18030 that Chinese Windows writes.
            encoding = Mapping.TextEncodingDetector.ForDbf(dbf);
        }

        if (dbf is null || (prj is not null && declared is null) || (cpg is not null && encoding is null) || context.TooLarge(context.Path, dbf, prj ?? string.Empty))
        {
            return RawLayer.Unreadable;
        }

        var features = new List<RawFeature>();
        try
        {
            using var reader = Shapefile.OpenRead(context.Path, new ShapefileReaderOptions
            {
                Factory = GeometryFactories.Wgs84,
                Encoding = encoding,
                GeometryBuilderMode = GeometryBuilderMode.IgnoreInvalidShapes,
            });
            if (context.TooManyFeatures(reader.RecordCount))
            {
                return RawLayer.Unreadable;
            }

            var number = 0;
            while (reader.Read(out var deleted))
            {
                number++;
                if (deleted)
                {
                    continue;
                }

                var item = ImportItem.Feature(number);
                var attributes = reader.Fields.ToDictionary(f => f.Name, f => AttributeValues.Normalise(f.Value), StringComparer.Ordinal);
                var geometry = reader.Geometry;
                if (geometry is null || geometry.IsEmpty)
                {
                    context.Problem(item, "has no geometry (a null shape, or one the reader could not build)");
                    geometry = null;
                }

                features.Add(new RawFeature(item, geometry, attributes));
                context.FeatureRead(features.Count);
            }
        }
        catch (Exception e) when (e is ShapefileException or IOException or NotSupportedException or ArgumentException or InvalidOperationException or IndexOutOfRangeException)
        {
            context.Problem(null, $"cannot be read as a Shapefile: {e.Message}");
            return RawLayer.Unreadable;
        }

        context.Finished(features.Count);
        return new RawLayer(declared, null, $"the Shapefile has no {stem}.prj saying its coordinate system", features);
    }

    private static DeclaredCrs? ReadPrj(string prj, ImportContext context)
    {
        var name = Path.GetFileName(prj);
        string text;
        try
        {
            text = File.ReadAllText(prj);
        }
        catch (IOException e)
        {
            context.Problem(null, $"cannot be read: {e.Message}", name);
            return null;
        }

        if (text.Trim().Length == 0)
        {
            context.Problem(null, "is empty: it should hold the WKT of the Shapefile's coordinate system", name);
            return null;
        }

        var (crs, problem) = WktCrsIdentifier.Identify(text);
        if (crs is null)
        {
            context.Problem(null, problem!, name);
            return null;
        }

        return new DeclaredCrs(crs, name);
    }

    internal static System.Text.Encoding? ReadCpg(string cpg, ImportContext context)
    {
        var text = File.ReadAllText(cpg);
        var encoding = DbfEncoding.FromCpg(text);
        if (encoding is null)
        {
            context.Problem(null, $"names the text encoding '{text.Trim()}', which this system cannot decode; save the Shapefile as UTF-8 or GBK", Path.GetFileName(cpg));
        }

        return encoding;
    }

    /// <summary>The file beside <paramref name="path"/> with the same stem and extension <paramref name="extension"/> in any case; null when none.</summary>
    internal static string? Sibling(string path, string extension)
    {
        var directory = Path.GetDirectoryName(path)!;
        var stem = Path.GetFileNameWithoutExtension(path);
        return Directory.EnumerateFiles(directory, stem + ".*")
            .FirstOrDefault(f => string.Equals(Path.GetFileName(f), stem + extension, StringComparison.OrdinalIgnoreCase));
    }
}

using System.Text.Json;
using Hanyang.Gis.Data.GeoJson;
using NetTopologySuite.Geometries;

namespace Hanyang.Gis.Server.Analysis.Responses;

/// <summary>GeoJSON inside a typed response: a FeatureCollection in WGS84, written by <see cref="GeoJsonWriter"/>.</summary>
internal static class GeoJsonParts
{
    public static JsonElement Collection<TGeometry>(IEnumerable<(TGeometry Geometry, IReadOnlyDictionary<string, object?> Properties)> features)
        where TGeometry : Geometry
    {
        using var document = JsonDocument.Parse(GeoJsonWriter.FeatureCollection(features.Select(f => ((Geometry)f.Geometry, f.Properties))));
        return document.RootElement.Clone();
    }
}

using System.Globalization;
using Hanyang.Gis.Domain;

namespace Hanyang.Gis.Data.Import.Osm;

/// <summary>The provenance of everything imported from OpenStreetMap: reference accuracy, the element it came from, the licence.</summary>
internal static class OsmProvenance
{
    /// <summary>"OpenStreetMap way 123 (© OpenStreetMap contributors, ODbL 1.0)".</summary>
    public static Provenance Of(string type, long id) =>
        new(Accuracy.Reference, string.Create(CultureInfo.InvariantCulture, $"OpenStreetMap {type} {id} (© OpenStreetMap contributors, ODbL 1.0)"));
}

using System.Globalization;
using Hanyang.Gis.Domain;

namespace Hanyang.Gis.Data.Import.Osm;

/// <summary>
/// The provenance of everything imported from one OpenStreetMap extract: reference accuracy, the extract's file
/// and the element each feature came from, the licence.
/// </summary>
/// <param name="File">The extract's file name.</param>
internal sealed record OsmProvenance(string File)
{
    /// <summary>"OpenStreetMap extract hanyang.osm.pbf, way 123 (© OpenStreetMap contributors, ODbL 1.0)".</summary>
    public Provenance Of(string type, long id) =>
        new(Accuracy.Reference, string.Create(CultureInfo.InvariantCulture, $"OpenStreetMap extract {File}, {type} {id} (© OpenStreetMap contributors, ODbL 1.0)"));
}

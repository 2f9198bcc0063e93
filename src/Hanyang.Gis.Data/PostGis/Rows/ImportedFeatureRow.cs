using NetTopologySuite.Geometries;

namespace Hanyang.Gis.Data.PostGis.Rows;

/// <summary>
/// Table imported_features: one feature of an imported layer, in import order (<see cref="Ordinal"/>).
/// <see cref="Attributes"/> is a jsonb object; JSON cannot tell 3 from 3.0, so the names of the
/// attributes that are doubles are kept in <see cref="DoubleAttributes"/>.
/// </summary>
internal sealed class ImportedFeatureRow
{
    public string LayerName { get; set; } = "";

    public int Ordinal { get; set; }

    public Geometry Geom { get; set; } = null!;

    public string Attributes { get; set; } = "{}";

    public List<string> DoubleAttributes { get; set; } = [];
}

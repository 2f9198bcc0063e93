namespace Hanyang.Gis.Data.PostGis.Rows;

/// <summary>Table imported_layers: a user's imported layer; its features are in imported_features.</summary>
internal sealed class ImportedLayerRow
{
    public string Name { get; set; } = "";

    public string SourceFile { get; set; } = "";

    public string SourceCrs { get; set; } = "";
}

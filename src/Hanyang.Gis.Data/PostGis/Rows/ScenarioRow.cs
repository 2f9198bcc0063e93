namespace Hanyang.Gis.Data.PostGis.Rows;

/// <summary>Table scenarios (editable): <see cref="Content"/> is jsonb holding added facilities and removed ids.</summary>
internal sealed class ScenarioRow
{
    public string Id { get; set; } = "";

    public string Name { get; set; } = "";

    public string Description { get; set; } = "";

    public string Content { get; set; } = "{}";

    public long Version { get; set; }
}

using Hanyang.Gis.Analysis.Coverage;
using Hanyang.Gis.Domain.Facilities;
using Hanyang.Gis.Domain.Plan;
using Hanyang.Gis.Reports.Siting;
using NetTopologySuite.Geometries;

namespace Hanyang.Gis.Reports.Maps;

/// <summary>What to draw on a printed map.</summary>
/// <param name="Plan">The plan (EPSG:4547).</param>
/// <param name="Layers">Layers to show, any order (they are drawn in the web map's order).</param>
/// <param name="Extent">The area to show, in EPSG:4547 metres; widened to the image's aspect ratio.</param>
/// <param name="WidthPixels">Image width.</param>
/// <param name="HeightPixels">Image height.</param>
/// <param name="Title">The title printed above the map.</param>
public sealed record MapRequest(PlanDataset Plan, IReadOnlyList<MapLayer> Layers, Envelope Extent, int WidthPixels, int HeightPixels, string Title)
{
    /// <summary>The smallest image that still has room for the map, the legend and the title.</summary>
    public const int MinimumPixels = 300;

    /// <summary>The largest image side (a 600 dpi A1 sheet is ≈ 20,000; beyond that memory, not paper, is the limit).</summary>
    public const int MaximumPixels = 12000;

    /// <summary>A second line under the title (e.g. the coverage rate), or null.</summary>
    public string? Subtitle { get; init; }

    /// <summary>The coverage result the <see cref="MapLayer.Coverage"/> layer colours communities by.</summary>
    public CoverageResult? Coverage { get; init; }

    /// <summary>The dissolved service circles drawn under a coverage map (EPSG:4547), or null.</summary>
    public Geometry? ServiceArea { get; init; }

    /// <summary>Sites a siting run chose, for the <see cref="MapLayer.Sites"/> layer.</summary>
    public IReadOnlyList<ChosenSite> Sites { get; init; } = [];

    /// <summary>Facility kinds the facilities layer shows; null for every kind.</summary>
    public IReadOnlySet<FacilityKind>? FacilityKinds { get; init; }

    /// <summary>A note printed in the map's footer (e.g. the scenario in force), or null.</summary>
    public string? Note { get; init; }

    /// <summary>True when the layer is requested.</summary>
    public bool Shows(MapLayer layer) => Layers.Contains(layer);
}

using Hanyang.Gis.Domain;
using Hanyang.Gis.Domain.Facilities;
using Hanyang.Gis.Domain.Places;
using Hanyang.Gis.Domain.Roads;

namespace Hanyang.Gis.Data.Import.Osm;

/// <summary>What an OpenStreetMap import adds to the plan, per layer and class — what <c>--dry-run</c> prints.</summary>
/// <param name="File">The extract's file name.</param>
/// <param name="Roads">Roads cars may use, by class (expressway … local), only the classes present.</param>
/// <param name="WalkOnly">Walk-only ways (footways, paths, steps, pedestrian streets, streets closed to cars).</param>
/// <param name="OneWaySegments">Segments cars may drive only one way.</param>
/// <param name="GradeSeparatedSegments">Segments on bridges, in tunnels or at a layer other than 0 (not connected to what they cross).</param>
/// <param name="NotWalkableSegments">Segments pedestrians may not use (expressways, foot=no).</param>
/// <param name="MaxSpeedTaggedSegments">Segments with a maxspeed tag; the plan has no per-road speed, so the class design speed is used instead.</param>
/// <param name="Facilities">Facilities by kind identifier.</param>
/// <param name="WaterAreas">Water bodies (areas, clipped to the district).</param>
/// <param name="WaterSquareKilometres">Their total area in km².</param>
/// <param name="Skipped">Elements that looked relevant but were left out, by reason.</param>
public sealed record OsmImportSummary(
    string File,
    IReadOnlyList<OsmRoadTotal> Roads,
    OsmRoadTotal WalkOnly,
    int OneWaySegments,
    int GradeSeparatedSegments,
    int NotWalkableSegments,
    int MaxSpeedTaggedSegments,
    IReadOnlyDictionary<string, int> Facilities,
    int WaterAreas,
    double WaterSquareKilometres,
    IReadOnlyDictionary<string, int> Skipped)
{
    internal static OsmImportSummary Of(string file, List<(Road Road, OsmRoadTags Tags)> roads, List<Facility> facilities, List<WaterBody> water, OsmSkipCounts skipped)
    {
        OsmRoadTotal Total(RoadClass roadClass) => new(Identifiers.Of(roadClass), roads.Count(r => r.Road.Class == roadClass),
            Math.Round(roads.Where(r => r.Road.Class == roadClass).Sum(r => r.Road.Geometry.Length) / 1000, 3));
        return new OsmImportSummary(
            file,
            Enum.GetValues<RoadClass>().Where(c => c != RoadClass.Path).Select(Total).Where(t => t.Segments > 0).ToList(),
            Total(RoadClass.Path),
            roads.Count(r => r.Road.OneWay),
            roads.Count(r => !r.Road.IsAtGrade),
            roads.Count(r => !r.Road.Walkable),
            roads.Count(r => r.Tags.MaxSpeedKmh is not null),
            facilities.GroupBy(f => f.Kind).OrderBy(g => g.Key).ToDictionary(g => Identifiers.Of(g.Key), g => g.Count()),
            water.Count,
            Math.Round(water.Sum(w => w.Area.Area) / 1e6, 4),
            skipped.ToDictionary());
    }
}

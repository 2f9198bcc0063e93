using Hanyang.Gis.Domain.Facilities;
using Hanyang.Gis.Domain.Places;
using Hanyang.Gis.Domain.Roads;

namespace Hanyang.Gis.Data.Import.Osm;

/// <summary>An OpenStreetMap extract as the plan's layers, clipped to the district, in EPSG:4547; nothing written yet.</summary>
/// <param name="Roads">The noded road network (walk-only ways as <see cref="RoadClass.Path"/>).</param>
/// <param name="Facilities">Facilities the plan counts, one point each.</param>
/// <param name="Water">Water areas.</param>
/// <param name="Summary">Counts per layer and class.</param>
public sealed record OsmExtract(IReadOnlyList<Road> Roads, IReadOnlyList<Facility> Facilities, IReadOnlyList<WaterBody> Water, OsmImportSummary Summary);

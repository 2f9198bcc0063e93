namespace Hanyang.Gis.Data.Import.Osm;

/// <summary>What <see cref="OsmPlanWriter"/> wrote into the plan.</summary>
/// <param name="Roads">Road segments now in the plan, in place of all it had.</param>
/// <param name="WaterAreas">Water bodies now in the plan, in place of all it had.</param>
/// <param name="FacilitiesAdded">Facilities added.</param>
/// <param name="FacilitiesAlreadyPresent">Facilities of the extract already in the plan from an earlier import, kept as they were.</param>
public sealed record OsmWriteResult(int Roads, int WaterAreas, int FacilitiesAdded, int FacilitiesAlreadyPresent);

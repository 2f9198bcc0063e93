using Hanyang.Gis.Domain.Roads;

namespace Hanyang.Gis.Data.Import.Osm;

/// <summary>What the tags of one OpenStreetMap way make of it as a road (see <see cref="OsmTagMapping.Road"/>).</summary>
/// <param name="Class">The plan's class; <see cref="RoadClass.Path"/> for walk-only ways, which cars never use.</param>
/// <param name="Walkable">Pedestrians may use it.</param>
/// <param name="OneWay">Cars may drive only one way.</param>
/// <param name="Reversed">The one way runs against the drawing direction (oneway=-1): the geometry is to be reversed.</param>
/// <param name="Bridge">On a bridge.</param>
/// <param name="Tunnel">In a tunnel.</param>
/// <param name="Layer">Grade level: the layer tag, else 1 on a bridge, -1 in a tunnel, 0 otherwise.</param>
/// <param name="MaxSpeedKmh">The maxspeed tag in km/h when present; the plan's roads have no per-road speed, so it is only counted.</param>
/// <param name="Name">name, else name:zh, else ref, else a description of the class.</param>
public sealed record OsmRoadTags(RoadClass Class, bool Walkable, bool OneWay, bool Reversed, bool Bridge, bool Tunnel, int Layer, double? MaxSpeedKmh, string Name);

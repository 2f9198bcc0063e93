using System.Globalization;
using Hanyang.Gis.Domain.Roads;

namespace Hanyang.Gis.Data.Import.Osm;

/// <summary>
/// The one place that says what OpenStreetMap tags become in the plan — roads here, facilities and water in
/// the other parts of this type. The table is documented in README.md ("OpenStreetMap import"); the
/// rules follow the OSM wiki's Key:highway, Key:oneway, Key:access and Key:layer pages.
/// </summary>
public static partial class OsmTagMapping
{
    /// <summary>highway=* values that become roads, with the plan's class; <see cref="RoadClass.Path"/> means walk-only.</summary>
    public static IReadOnlyDictionary<string, RoadClass> HighwayClasses { get; } = new Dictionary<string, RoadClass>(StringComparer.Ordinal)
    {
        ["motorway"] = RoadClass.Expressway,
        ["motorway_link"] = RoadClass.Expressway,
        ["trunk"] = RoadClass.Expressway,
        ["trunk_link"] = RoadClass.Expressway,
        ["primary"] = RoadClass.Arterial,
        ["primary_link"] = RoadClass.Arterial,
        ["secondary"] = RoadClass.Secondary,
        ["secondary_link"] = RoadClass.Secondary,
        ["tertiary"] = RoadClass.Branch,
        ["tertiary_link"] = RoadClass.Branch,
        ["residential"] = RoadClass.Local,
        ["unclassified"] = RoadClass.Local,
        ["service"] = RoadClass.Local,
        ["living_street"] = RoadClass.Local,
        ["footway"] = RoadClass.Path,
        ["path"] = RoadClass.Path,
        ["pedestrian"] = RoadClass.Path,
        ["steps"] = RoadClass.Path,
        ["cycleway"] = RoadClass.Path,
    };

    private static readonly HashSet<string> Denied = new(["no", "private"], StringComparer.Ordinal);
    private static readonly HashSet<string> Allowed = new(["yes", "designated", "permissive", "destination"], StringComparer.Ordinal);
    private static readonly HashSet<string> Yes = new(["yes", "true", "1"], StringComparer.Ordinal);

    /// <summary>
    /// The road a way with these tags is, or null (with <paramref name="skipReason"/>) when it is none: not a
    /// highway of the table, an area (area=yes), or closed to both walking and driving by its access tags.
    /// Access: access=no/private closes it to everyone not allowed back by foot=* or motor_vehicle=*/motorcar=*;
    /// foot=no closes it to walking; motor_vehicle=no or motorcar=no to driving, which makes a street walk-only.
    /// Expressways are never walkable. One-way (driving only): oneway=yes/true/1, oneway=-1 (reversed), and
    /// implied on motorways, motorway links and roundabouts unless oneway=no.
    /// </summary>
    public static OsmRoadTags? Road(IReadOnlyDictionary<string, string> tags, out string? skipReason)
    {
        ArgumentNullException.ThrowIfNull(tags);
        skipReason = null;
        if (!tags.TryGetValue("highway", out var highway) || !HighwayClasses.TryGetValue(highway, out var roadClass))
        {
            return null;
        }

        if (Tag(tags, "area") == "yes")
        {
            skipReason = "pedestrian areas (area=yes)";
            return null;
        }

        var closed = Tag(tags, "access") is { } access && Denied.Contains(access);
        var foot = Tag(tags, "foot");
        var motor = Tag(tags, "motor_vehicle") ?? Tag(tags, "motorcar");
        var walk = roadClass != RoadClass.Expressway && (foot is null ? !closed : !Denied.Contains(foot) && (!closed || Allowed.Contains(foot)));
        var drive = roadClass != RoadClass.Path && (motor is null ? !closed : !Denied.Contains(motor) && (!closed || Allowed.Contains(motor)));
        if (!walk && !drive)
        {
            skipReason = "ways closed to walking and driving (access, foot, motor_vehicle)";
            return null;
        }

        var oneWayTag = Tag(tags, "oneway");
        var junction = Tag(tags, "junction");
        var implied = highway is "motorway" or "motorway_link" || junction is "roundabout" or "circular";
        var reversed = drive && oneWayTag == "-1";
        var oneWay = drive && (reversed || (oneWayTag is null ? implied : Yes.Contains(oneWayTag)));
        var bridge = Tag(tags, "bridge") is { } b && b != "no";
        var tunnel = Tag(tags, "tunnel") is { } t && t != "no";
        var layer = int.TryParse(Tag(tags, "layer"), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var l) ? l : bridge ? 1 : tunnel ? -1 : 0;
        var name = Tag(tags, "name") ?? Tag(tags, "name:zh") ?? Tag(tags, "ref") ?? (drive ? "未命名道路" : "步行道");
        return new OsmRoadTags(drive ? roadClass : RoadClass.Path, walk, oneWay, reversed, bridge, tunnel, layer, MaxSpeedKmh(Tag(tags, "maxspeed")), name);
    }

    /// <summary>A maxspeed value in km/h ("60", "60 km/h", "30 mph"), or null for none or a symbolic value ("signals", "CN:urban").</summary>
    public static double? MaxSpeedKmh(string? maxspeed)
    {
        if (maxspeed is null)
        {
            return null;
        }

        var mph = maxspeed.EndsWith("mph", StringComparison.OrdinalIgnoreCase);
        var number = mph ? maxspeed[..^3] : maxspeed.EndsWith("km/h", StringComparison.OrdinalIgnoreCase) ? maxspeed[..^4] : maxspeed;
        return double.TryParse(number.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && value > 0
            ? mph ? value * 1.609344 : value
            : null;
    }

    private static string? Tag(IReadOnlyDictionary<string, string> tags, string key) =>
        tags.TryGetValue(key, out var value) && value.Trim() is { Length: > 0 } trimmed ? trimmed : null;
}

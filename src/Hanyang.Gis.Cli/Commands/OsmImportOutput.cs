using System.Globalization;
using System.Text;
using System.Text.Json;
using Hanyang.Gis.Data.Import.Osm;

namespace Hanyang.Gis.Cli.Commands;

/// <summary>What <c>hanyang import --layer osm</c> prints: the summary per layer and class, as text or JSON.</summary>
internal static class OsmImportOutput
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>
    /// The summary as indented JSON (snake_case names, kilometres and km² rounded); <c>written</c> says whether the plan
    /// was changed (<paramref name="written"/> null: a dry run), and then how many facilities were added or already there.
    /// </summary>
    public static string Json(OsmImportSummary s, string district, OsmWriteResult? written) => JsonSerializer.Serialize(
        new
        {
            file = s.File,
            district,
            written = written is not null,
            facilities_added = written?.FacilitiesAdded,
            facilities_already_present = written?.FacilitiesAlreadyPresent,
            roads = s.Roads.Select(t => new { @class = t.Class, segments = t.Segments, km = t.Kilometres }),
            walk_only = new { segments = s.WalkOnly.Segments, km = s.WalkOnly.Kilometres },
            one_way_segments = s.OneWaySegments,
            grade_separated_segments = s.GradeSeparatedSegments,
            not_walkable_segments = s.NotWalkableSegments,
            maxspeed_tagged_segments = s.MaxSpeedTaggedSegments,
            facilities = s.Facilities,
            water = new { areas = s.WaterAreas, km2 = s.WaterSquareKilometres },
            skipped = s.Skipped,
        },
        Indented) + "\n";

    /// <summary>The summary as lines of text; the first says whether anything was written, the last (when it was) what.</summary>
    public static string Text(OsmImportSummary s, string district, OsmWriteResult? written)
    {
        var b = new StringBuilder();
        var inv = CultureInfo.InvariantCulture;
        b.AppendLine(inv, $"{s.File} (OpenStreetMap, WGS84 → EPSG:4547) clipped to {district}: {(written is null ? "dry run, nothing was written" : "imported")}");
        b.AppendLine(inv, $"  roads: {s.Roads.Sum(t => t.Segments):N0} segments, {s.Roads.Sum(t => t.Kilometres):0.##} km");
        foreach (var t in s.Roads)
        {
            b.AppendLine(inv, $"    {t.Class,-11} {t.Segments,7:N0} segments {t.Kilometres,9:0.##} km");
        }

        b.AppendLine(inv, $"  walk-only ways: {s.WalkOnly.Segments:N0} segments, {s.WalkOnly.Kilometres:0.##} km");
        b.AppendLine(inv, $"  one-way {s.OneWaySegments:N0}, grade-separated {s.GradeSeparatedSegments:N0}, not walkable {s.NotWalkableSegments:N0}; maxspeed tagged on {s.MaxSpeedTaggedSegments:N0} (not used: the plan takes each class's design speed)");
        b.AppendLine(inv, $"  facilities: {s.Facilities.Values.Sum():N0}{(s.Facilities.Count > 0 ? " (" + string.Join(", ", s.Facilities.Select(kv => $"{kv.Key} {kv.Value}")) + ")" : string.Empty)}");
        b.AppendLine(inv, $"  water: {s.WaterAreas:N0} areas, {s.WaterSquareKilometres:0.####} km²");
        foreach (var (reason, count) in s.Skipped)
        {
            b.AppendLine(inv, $"  left out: {count:N0} {reason}");
        }

        if (written is not null)
        {
            b.AppendLine(inv, $"written: the plan's roads and water replaced by {written.Roads:N0} road segments and {written.WaterAreas:N0} water areas; facilities: {written.FacilitiesAdded:N0} added, {written.FacilitiesAlreadyPresent:N0} already in the plan from an earlier import (kept)");
            b.AppendLine("a running server builds its network once: restart it to route on the imported roads");
        }

        return b.ToString();
    }
}

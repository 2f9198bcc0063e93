using System.Diagnostics;
using System.Globalization;
using System.Security;
using System.Text;
using Hanyang.Gis.Spatial;
using Hanyang.Gis.Spatial.Crs;
using NetTopologySuite.Geometries;

namespace Hanyang.Gis.Data.Tests.Import.Osm;

/// <summary>
/// A small OpenStreetMap scene near 钟家村 that tests write as .osm XML and, with Debian's osmium-tool, as
/// .osm.pbf. West–east streets on both banks of a river (a riverbank polygon, lat 30.5500–30.5510); 晴川桥
/// (primary, bridge, layer 1) joins them at lon 114.2655 and passes over 滨江路 (one-way west→east) without
/// a shared node; a footway 北岸步道 is the only short link from 北岸路 to 北街; 晴川小学 is a polygon;
/// 南岸路 starts outside the district, whose box is lon 114.2630–114.2690, lat 30.5485–30.5535.
/// </summary>
public sealed class OsmSample : IDisposable
{
    private readonly StringBuilder xml = new("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<osm version=\"0.6\" generator=\"hanyang-tests\">\n");

    public OsmSample()
    {
        Directory.CreateDirectory(Root);
        Node(100, 114.2600, 30.5492);
        Node(102, 114.2645, 30.5492);
        Node(103, 114.2655, 30.5492);
        Node(104, 114.2665, 30.5492);
        Node(105, 114.2675, 30.5492);
        Node(201, 114.2645, 30.5497);
        Node(202, 114.2665, 30.5497);
        Node(301, 114.2655, 30.5500);
        Node(302, 114.2655, 30.5510);
        Node(401, 114.2635, 30.5518);
        Node(402, 114.2645, 30.5518);
        Node(403, 114.2655, 30.5518);
        Node(404, 114.2665, 30.5518);
        Node(405, 114.2675, 30.5518);
        Node(501, 114.2645, 30.5530);
        Node(502, 114.2665, 30.5530);
        Node(601, 114.2620, 30.5500);
        Node(602, 114.2700, 30.5500);
        Node(603, 114.2700, 30.5510);
        Node(604, 114.2620, 30.5510);
        Node(701, 114.2668, 30.5520);
        Node(702, 114.2680, 30.5520);
        Node(703, 114.2680, 30.5528);
        Node(704, 114.2668, 30.5528);
        Node(801, 114.2640, 30.5525, ("amenity", "hospital"), ("name", "汉阳医院"));
        Node(802, 114.2684, 30.5488, ("amenity", "school"), ("name", "武汉市第三中学"));
        Node(803, 114.2650, 30.5488, ("amenity", "clinic"), ("name", "张氏诊所"));
        Node(804, 114.2500, 30.5488, ("amenity", "school"), ("name", "区外小学"));
        Way(1, [100, 102, 103, 104, 105], ("highway", "residential"), ("name", "南岸路"));
        Way(2, [201, 202], ("highway", "residential"), ("name", "滨江路"), ("oneway", "yes"));
        Way(3, [102, 201], ("highway", "residential"), ("name", "西巷"));
        Way(4, [104, 202], ("highway", "residential"), ("name", "东巷"));
        Way(5, [103, 301, 302, 403], ("highway", "primary"), ("name", "晴川桥"), ("bridge", "yes"), ("layer", "1"), ("maxspeed", "40"));
        Way(6, [401, 402, 403, 404, 405], ("highway", "residential"), ("name", "北岸路"));
        Way(7, [402, 501], ("highway", "footway"), ("name", "北岸步道"));
        Way(8, [501, 502, 404], ("highway", "residential"), ("name", "北街"));
        Way(9, [601, 602, 603, 604, 601], ("waterway", "riverbank"), ("name", "汉江"));
        Way(10, [701, 702, 703, 704, 701], ("amenity", "school"), ("name", "晴川小学"));
        xml.Append("</osm>\n");
    }

    /// <summary>West, east, south, north of the district box (WGS84).</summary>
    public static (double West, double East, double South, double North) Box { get; } = (114.2630, 114.2690, 30.5485, 30.5535);

    public string Root { get; } = Path.Combine(Path.GetTempPath(), "hanyang-osm-" + Guid.NewGuid().ToString("N"));

    /// <summary>The district box in EPSG:4547.</summary>
    public static Geometry District => Internal(Polygon(Box.West, Box.East, Box.South, Box.North));

    /// <summary>The school's outline in EPSG:4547.</summary>
    public static Geometry SchoolOutline => Internal(Polygon(114.2668, 114.2680, 30.5520, 30.5528));

    /// <summary>The riverbank polygon in EPSG:4547, before clipping.</summary>
    public static Geometry RiverOutline => Internal(Polygon(114.2620, 114.2700, 30.5500, 30.5510));

    /// <summary>A WGS84 position in EPSG:4547.</summary>
    public static Coordinate At(double lon, double lat)
    {
        var (x, y) = SourceCrs.Wgs84.ConvertPosition(lon, lat, Srid.Internal);
        return new Coordinate(x, y);
    }

    /// <summary>The scene as .osm XML.</summary>
    public string WriteXml(string name = "hanyang.osm") => Write(name, xml.ToString());

    /// <summary>Writes <paramref name="text"/> as <paramref name="name"/>.</summary>
    public string Write(string name, string text)
    {
        var path = Path.Combine(Root, name);
        File.WriteAllText(path, text, new UTF8Encoding(false));
        return path;
    }

    /// <summary>The scene as .osm.pbf, converted by <c>osmium cat</c>.</summary>
    public string WritePbf(string name = "hanyang.osm.pbf")
    {
        var source = WriteXml(Path.GetFileNameWithoutExtension(name).Replace(".osm", string.Empty, StringComparison.Ordinal) + "-source.osm");
        var target = Path.Combine(Root, name);
        using var osmium = Process.Start(new ProcessStartInfo("osmium", ["cat", source, "-o", target, "-O"]) { RedirectStandardError = true })
            ?? throw new InvalidOperationException("osmium did not start (apt-get install osmium-tool)");
        var error = osmium.StandardError.ReadToEnd();
        osmium.WaitForExit();
        return osmium.ExitCode == 0 ? target : throw new InvalidOperationException($"osmium cat failed: {error}");
    }

    /// <summary>The .osm.pbf with its last <paramref name="bytes"/> bytes cut off.</summary>
    public string WriteTruncatedPbf(int bytes)
    {
        var whole = File.ReadAllBytes(WritePbf("whole.osm.pbf"));
        var path = Path.Combine(Root, "truncated.osm.pbf");
        File.WriteAllBytes(path, whole[..^bytes]);
        return path;
    }

    public void Dispose() => Directory.Delete(Root, recursive: true);

    private static Geometry Internal(Geometry wgs84) => SourceCrs.Wgs84.Convert(wgs84, Srid.Internal);

    private static Geometry Polygon(double west, double east, double south, double north) => GeometryFactories.FromWkt(
        string.Create(CultureInfo.InvariantCulture, $"POLYGON (({west} {south}, {east} {south}, {east} {north}, {west} {north}, {west} {south}))"), Srid.Wgs84);

    private void Node(long id, double lon, double lat, params (string Key, string Value)[] tags)
    {
        xml.Append(CultureInfo.InvariantCulture, $"  <node id=\"{id}\" version=\"1\" lat=\"{lat:0.0000000}\" lon=\"{lon:0.0000000}\"");
        if (tags.Length == 0)
        {
            xml.Append("/>\n");
            return;
        }

        xml.Append(">\n");
        Tags(tags);
        xml.Append("  </node>\n");
    }

    private void Way(long id, long[] nodes, params (string Key, string Value)[] tags)
    {
        xml.Append(CultureInfo.InvariantCulture, $"  <way id=\"{id}\" version=\"1\">\n");
        foreach (var node in nodes)
        {
            xml.Append(CultureInfo.InvariantCulture, $"    <nd ref=\"{node}\"/>\n");
        }

        Tags(tags);
        xml.Append("  </way>\n");
    }

    private void Tags((string Key, string Value)[] tags)
    {
        foreach (var (key, value) in tags)
        {
            xml.Append($"    <tag k=\"{SecurityElement.Escape(key)}\" v=\"{SecurityElement.Escape(value)}\"/>\n");
        }
    }
}

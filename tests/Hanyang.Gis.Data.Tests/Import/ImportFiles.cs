using System.Globalization;
using System.Text;
using Hanyang.Gis.Spatial;
using Hanyang.Gis.Spatial.Crs;
using Microsoft.Data.Sqlite;
using NetTopologySuite.Features;
using NetTopologySuite.Geometries;
using NetTopologySuite.IO;
using NetTopologySuite.IO.Esri;

namespace Hanyang.Gis.Data.Tests.Import;

/// <summary>A temporary directory in which tests write the small files they import; deleted on dispose.</summary>
public sealed class ImportFiles : IDisposable
{
    /// <summary>A point in Hanyang (near 钟家村) whose EPSG:4547 position PostGIS and proj4js agree on.</summary>
    public const double Lon = 114.2654;

    public const double Lat = 30.5502;

    public ImportFiles() => Directory.CreateDirectory(Root);

    public string Root { get; } = Path.Combine(Path.GetTempPath(), "hanyang-import-" + Guid.NewGuid().ToString("N"));

    public static Geometry Wgs84(string wkt) => GeometryFactories.FromWkt(wkt, Srid.Wgs84);

    public string Text(string name, string content)
    {
        var path = Path.Combine(Root, name);
        File.WriteAllText(path, content, new UTF8Encoding(false));
        return path;
    }

    /// <summary>A FeatureCollection with one feature per (geometry WKT, properties JSON) pair, and an optional crs member.</summary>
    public string GeoJson(string name, string? crsName, params (string Geometry, string Properties)[] features)
    {
        var items = features.Select(f => $$$"""{"type":"Feature","geometry":{{{f.Geometry}}},"properties":{{{f.Properties}}}}""");
        var crs = crsName is null ? string.Empty : "\"crs\":{\"type\":\"name\",\"properties\":{\"name\":\"" + crsName + "\"}},";
        return Text(name, $$$"""{"type":"FeatureCollection",{{{crs}}}"features":[{{{string.Join(",", items)}}}]}""");
    }

    /// <summary>Writes a Shapefile (.shp, .shx, .dbf and, when given, .prj) with NetTopologySuite.IO.Esri.Shapefile.</summary>
    public string Shapefile(string name, string? prj, params (Geometry Geometry, Dictionary<string, object> Attributes)[] features)
    {
        var path = Path.Combine(Root, name);
        var list = features.Select(f => (IFeature)new Feature(f.Geometry, new AttributesTable(f.Attributes))).ToList();
        NetTopologySuite.IO.Esri.Shapefile.WriteAllFeatures(list, path, prj, Encoding.UTF8);
        if (prj is null)
        {
            File.Delete(Path.ChangeExtension(path, ".prj"));
        }

        return path;
    }

    /// <summary>Writes a one-table GeoPackage with Microsoft.Data.Sqlite and NetTopologySuite.IO.GeoPackage's blob writer.</summary>
    public string GeoPackage(string name, int srsId, string organization, int organizationCode, string definition, string columns, params (Geometry? Geometry, object?[] Values)[] rows)
    {
        var path = Path.Combine(Root, name);
        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString());
        connection.Open();
        Execute(connection, """
            CREATE TABLE gpkg_spatial_ref_sys (srs_name TEXT NOT NULL, srs_id INTEGER PRIMARY KEY, organization TEXT NOT NULL, organization_coordsys_id INTEGER NOT NULL, definition TEXT NOT NULL, description TEXT);
            CREATE TABLE gpkg_contents (table_name TEXT PRIMARY KEY, data_type TEXT NOT NULL, identifier TEXT, description TEXT DEFAULT '', last_change DATETIME, min_x DOUBLE, min_y DOUBLE, max_x DOUBLE, max_y DOUBLE, srs_id INTEGER);
            CREATE TABLE gpkg_geometry_columns (table_name TEXT NOT NULL, column_name TEXT NOT NULL, geometry_type_name TEXT NOT NULL, srs_id INTEGER NOT NULL, z TINYINT NOT NULL, m TINYINT NOT NULL);
            INSERT INTO gpkg_spatial_ref_sys VALUES ('Undefined cartesian SRS', -1, 'NONE', -1, 'undefined', NULL), ('Undefined geographic SRS', 0, 'NONE', 0, 'undefined', NULL);
            """);
        Execute(connection, "INSERT OR REPLACE INTO gpkg_spatial_ref_sys VALUES ('test', $id, $org, $code, $definition, NULL)", ("$id", srsId), ("$org", organization), ("$code", organizationCode), ("$definition", definition));
        Execute(connection, "INSERT INTO gpkg_contents (table_name, data_type, identifier, srs_id) VALUES ('features', 'features', 'features', $id)", ("$id", srsId));
        Execute(connection, "INSERT INTO gpkg_geometry_columns VALUES ('features', 'geom', 'GEOMETRY', $id, 0, 0)", ("$id", srsId));
        Execute(connection, $"CREATE TABLE features (fid INTEGER PRIMARY KEY AUTOINCREMENT, geom GEOMETRY, {columns})");
        var names = columns.Split(',').Select(c => c.Trim().Split(' ')[0]).ToArray();
        var writer = new GeoPackageGeoWriter();
        foreach (var (geometry, values) in rows)
        {
            var parameters = new List<(string, object?)> { ("$geom", geometry is null ? null : writer.Write(geometry)) };
            parameters.AddRange(values.Select((v, i) => ("$p" + i.ToString(CultureInfo.InvariantCulture), v)));
            Execute(connection, $"INSERT INTO features (geom, {string.Join(", ", names)}) VALUES ($geom, {string.Join(", ", names.Select((_, i) => "$p" + i.ToString(CultureInfo.InvariantCulture)))})", parameters.ToArray());
        }

        return path;
    }

    /// <summary>The EPSG:4547 position of a WGS84 longitude/latitude, as the reprojector computes it.</summary>
    public static Coordinate Internal(double lon, double lat)
    {
        var (x, y) = Reprojector.Transform(lon, lat, Srid.Wgs84, Srid.Internal);
        return new Coordinate(x, y);
    }

    public void Dispose()
    {
        if (Directory.Exists(Root))
        {
            Directory.Delete(Root, recursive: true);
        }
    }

    private static void Execute(SqliteConnection connection, string sql, params (string Name, object? Value)[] parameters)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (parameterName, value) in parameters)
        {
            command.Parameters.AddWithValue(parameterName, value ?? DBNull.Value);
        }

        command.ExecuteNonQuery();
    }
}

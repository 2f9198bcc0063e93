using System.Globalization;
using Hanyang.Gis.Spatial;
using Hanyang.Gis.Spatial.Crs;
using Microsoft.Data.Sqlite;
using NetTopologySuite.Geometries;
using NetTopologySuite.IO;

namespace Hanyang.Gis.Data.Import;

/// <summary>
/// Reads the one feature table of an OGC GeoPackage (SQLite): geometries from the GeoPackage binary
/// blobs (NetTopologySuite.IO.GeoPackage), the CRS from gpkg_spatial_ref_sys (EPSG organisation code, else
/// the definition WKT), attributes from the other columns checked against their declared types.
/// </summary>
internal static class GeoPackageLayerReader
{
    public static RawLayer Read(ImportContext context)
    {
        if (context.TooLarge(context.Path))
        {
            return RawLayer.Unreadable;
        }

        var connectionString = new SqliteConnectionStringBuilder { DataSource = context.Path, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString();
        try
        {
            using var connection = new SqliteConnection(connectionString);
            connection.Open();
            return Read(connection, context);
        }
        catch (SqliteException e)
        {
            context.Problem(null, $"cannot be read as a GeoPackage: {e.Message}");
            return RawLayer.Unreadable;
        }
    }

    private static RawLayer Read(SqliteConnection connection, ImportContext context)
    {
        if (Scalar(connection, "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name IN ('gpkg_contents', 'gpkg_geometry_columns', 'gpkg_spatial_ref_sys')") is not 3L)
        {
            context.Problem(null, "is not a GeoPackage: it lacks the gpkg_contents, gpkg_geometry_columns and gpkg_spatial_ref_sys tables");
            return RawLayer.Unreadable;
        }

        var tables = new List<(string Table, string Column, long SrsId)>();
        using (var command = connection.CreateCommand())
        {
            command.CommandText = "SELECT c.table_name, g.column_name, g.srs_id FROM gpkg_contents c JOIN gpkg_geometry_columns g ON g.table_name = c.table_name WHERE c.data_type = 'features' ORDER BY c.table_name";
            using var rows = command.ExecuteReader();
            while (rows.Read())
            {
                tables.Add((rows.GetString(0), rows.GetString(1), rows.GetInt64(2)));
            }
        }

        if (tables.Count != 1)
        {
            context.Problem(null, tables.Count == 0
                ? "has no feature table"
                : $"has {tables.Count} feature tables ({string.Join(", ", tables.Select(t => t.Table))}); import needs one layer per file");
            return RawLayer.Unreadable;
        }

        var (table, geometryColumn, srsId) = tables[0];
        var declared = Declared(connection, srsId, context, out var srsReadable);
        if (!srsReadable || context.TooManyFeatures((long)Scalar(connection, $"SELECT count(*) FROM {Quote(table)}")!))
        {
            return RawLayer.Unreadable;
        }

        var columns = Columns(connection, table);
        var features = ReadFeatures(connection, table, geometryColumn, columns, context);
        context.Finished(features.Count);
        return new RawLayer(declared, null, $"its gpkg_spatial_ref_sys gives srs_id {srsId} of table {table} no defined coordinate system", features);
    }

    private static List<RawFeature> ReadFeatures(SqliteConnection connection, string table, string geometryColumn, IReadOnlyList<(string Name, string Type, bool Key)> columns, ImportContext context)
    {
        var key = columns.FirstOrDefault(c => c.Key).Name;
        var attributes = columns.Where(c => !c.Key && !c.Name.Equals(geometryColumn, StringComparison.OrdinalIgnoreCase) && c.Type != "BLOB").ToList();
        using var command = connection.CreateCommand();
        var selected = new[] { key is null ? "rowid" : Quote(key), Quote(geometryColumn) }.Concat(attributes.Select(a => Quote(a.Name)));
        command.CommandText = $"SELECT {string.Join(", ", selected)} FROM {Quote(table)} ORDER BY 1";
        using var rows = command.ExecuteReader();
        var reader = new GeoPackageGeoReader { HandleSRID = false };
        var features = new List<RawFeature>();
        while (rows.Read())
        {
            var item = ImportItem.Feature(features.Count + 1, string.Create(CultureInfo.InvariantCulture, $"fid {rows.GetValue(0)}"));
            var values = new Dictionary<string, object?>(StringComparer.Ordinal);
            var ok = true;
            for (var i = 0; i < attributes.Count; i++)
            {
                var value = AttributeValues.Normalise(rows.GetValue(i + 2));
                var (accepted, kept) = Fit(value, attributes[i].Type);
                if (!accepted)
                {
                    context.Problem(item, $"column '{attributes[i].Name}' is declared {attributes[i].Type} but holds {AttributeValues.Describe(value)}");
                    ok = false;
                }

                values[attributes[i].Name] = kept;
            }

            Geometry? geometry = null;
            if (rows.IsDBNull(1))
            {
                context.Problem(item, "has no geometry");
            }
            else
            {
                try
                {
                    geometry = GeometryFactories.Wgs84.CreateGeometry(reader.Read((byte[])rows.GetValue(1)));
                }
                catch (Exception e) when (e is ParseException or ArgumentException or IOException or InvalidCastException or NotSupportedException)
                {
                    context.Problem(item, $"its geometry is not a readable GeoPackage geometry blob: {e.Message}");
                }
            }

            features.Add(new RawFeature(item, ok ? geometry : null, values));
            context.FeatureRead(features.Count);
        }

        return features;
    }

    /// <summary>Whether a value fits a declared SQLite column type, and the value kept (booleans stored as 0/1 become bool).</summary>
    private static (bool Accepted, object? Kept) Fit(object? value, string declaredType) => (value, declaredType) switch
    {
        (null, _) => (true, null),
        (long l, "BOOLEAN") when l is 0 or 1 => (true, l == 1),
        (_, "BOOLEAN") => (false, value),
        (long, "INTEGER" or "INT" or "TINYINT" or "SMALLINT" or "MEDIUMINT") => (true, value),
        (_, "INTEGER" or "INT" or "TINYINT" or "SMALLINT" or "MEDIUMINT") => (false, value),
        (long l, "REAL" or "DOUBLE" or "FLOAT") => (true, (double)l),
        (double, "REAL" or "DOUBLE" or "FLOAT") => (true, value),
        (_, "REAL" or "DOUBLE" or "FLOAT") => (false, value),
        _ => (true, value),
    };

    private static DeclaredCrs? Declared(SqliteConnection connection, long srsId, ImportContext context, out bool readable)
    {
        readable = true;
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT organization, organization_coordsys_id, definition FROM gpkg_spatial_ref_sys WHERE srs_id = $id";
        command.Parameters.AddWithValue("$id", srsId);
        using var row = command.ExecuteReader();
        var by = string.Create(CultureInfo.InvariantCulture, $"its gpkg_spatial_ref_sys (srs_id {srsId})");
        if (!row.Read())
        {
            context.Problem(null, string.Create(CultureInfo.InvariantCulture, $"its geometry column names srs_id {srsId}, which gpkg_spatial_ref_sys does not define"));
            readable = false;
            return null;
        }

        var organization = row.IsDBNull(0) ? string.Empty : row.GetString(0);
        var code = row.IsDBNull(1) ? 0 : row.GetInt64(1);
        var definition = row.IsDBNull(2) ? string.Empty : row.GetString(2);
        if (srsId is 0 or -1 || definition.Trim() is "undefined" or "")
        {
            return null;
        }

        if (organization.Equals("EPSG", StringComparison.OrdinalIgnoreCase) && Srid.IsSupported((int)code))
        {
            return new DeclaredCrs(SourceCrs.FromSrid((int)code), by);
        }

        var (crs, problem) = WktCrsIdentifier.Identify(definition);
        if (crs is null)
        {
            context.Problem(null, $"{by} ({organization}:{code}) {problem}");
            readable = false;
            return null;
        }

        return new DeclaredCrs(crs, by);
    }

    private static List<(string Name, string Type, bool Key)> Columns(SqliteConnection connection, string table)
    {
        using var command = connection.CreateCommand();
        command.CommandText = $"PRAGMA table_info({Quote(table)})";
        using var rows = command.ExecuteReader();
        var columns = new List<(string, string, bool)>();
        while (rows.Read())
        {
            var type = rows.IsDBNull(2) ? string.Empty : rows.GetString(2).Trim().ToUpperInvariant();
            var parenthesis = type.IndexOf('(', StringComparison.Ordinal);
            columns.Add((rows.GetString(1), parenthesis >= 0 ? type[..parenthesis].Trim() : type, rows.GetInt64(5) > 0));
        }

        return columns;
    }

    private static object? Scalar(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteScalar();
    }

    private static string Quote(string identifier) => "\"" + identifier.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}

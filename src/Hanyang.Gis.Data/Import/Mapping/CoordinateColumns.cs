namespace Hanyang.Gis.Data.Import.Mapping;

/// <summary>
/// Where a table (CSV, XLSX) keeps each row's position: a WKT column, or longitude and latitude columns,
/// or one "lng,lat" column (Amap's <c>location</c>). Each list holds the names a column may have, compared
/// in any case; the first kind the header has is used, in the order WKT, longitude/latitude, location.
/// </summary>
/// <param name="Longitude">Names of the longitude (or easting) column.</param>
/// <param name="Latitude">Names of the latitude (or northing) column.</param>
/// <param name="Location">Names of a column holding "lng,lat".</param>
/// <param name="Wkt">Names of a column holding the geometry as WKT.</param>
/// <param name="Path">Where the names are written, for messages; null for the built-in names.</param>
public sealed record CoordinateColumns(IReadOnlyList<string> Longitude, IReadOnlyList<string> Latitude, IReadOnlyList<string> Location, IReadOnlyList<string> Wkt, string? Path = null)
{
    /// <summary>The names understood without a mapping: lon, lng, longitude, 经度 and lat, latitude, 纬度.</summary>
    public static CoordinateColumns Default { get; } = new(["lon", "lng", "longitude", "经度"], ["lat", "latitude", "纬度"], [], []);
}

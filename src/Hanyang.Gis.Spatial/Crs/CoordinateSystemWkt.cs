namespace Hanyang.Gis.Spatial.Crs;

/// <summary>
/// OGC WKT (version 1) definitions shipped with the system, taken from the EPSG registry, so no EPSG
/// database is needed at run time.
/// </summary>
public static class CoordinateSystemWkt
{
    /// <summary>EPSG:4326, WGS 84 geographic.</summary>
    public const string Wgs84 =
        """GEOGCS["WGS 84",DATUM["WGS_1984",SPHEROID["WGS 84",6378137,298.257223563,AUTHORITY["EPSG","7030"]],AUTHORITY["EPSG","6326"]],PRIMEM["Greenwich",0,AUTHORITY["EPSG","8901"]],UNIT["degree",0.0174532925199433,AUTHORITY["EPSG","9122"]],AUTHORITY["EPSG","4326"]]""";

    /// <summary>EPSG:4490, China Geodetic Coordinate System 2000 geographic.</summary>
    public const string Cgcs2000 =
        """GEOGCS["China Geodetic Coordinate System 2000",DATUM["China_2000",SPHEROID["CGCS2000",6378137,298.257222101,AUTHORITY["EPSG","1024"]],AUTHORITY["EPSG","1043"]],PRIMEM["Greenwich",0,AUTHORITY["EPSG","8901"]],UNIT["degree",0.0174532925199433,AUTHORITY["EPSG","9122"]],AUTHORITY["EPSG","4490"]]""";

    /// <summary>EPSG:4547, CGCS2000 / 3-degree Gauss-Kruger CM 114E (transverse Mercator, k=1, false easting 500 km).</summary>
    public const string Cgcs2000GaussKruger114E =
        """PROJCS["CGCS2000 / 3-degree Gauss-Kruger CM 114E",GEOGCS["China Geodetic Coordinate System 2000",DATUM["China_2000",SPHEROID["CGCS2000",6378137,298.257222101,AUTHORITY["EPSG","1024"]],AUTHORITY["EPSG","1043"]],PRIMEM["Greenwich",0,AUTHORITY["EPSG","8901"]],UNIT["degree",0.0174532925199433,AUTHORITY["EPSG","9122"]],AUTHORITY["EPSG","4490"]],PROJECTION["Transverse_Mercator"],PARAMETER["latitude_of_origin",0],PARAMETER["central_meridian",114],PARAMETER["scale_factor",1],PARAMETER["false_easting",500000],PARAMETER["false_northing",0],UNIT["metre",1,AUTHORITY["EPSG","9001"]],AXIS["Easting",EAST],AXIS["Northing",NORTH],AUTHORITY["EPSG","4547"]]""";

    /// <summary>EPSG:3857, WGS 84 / Pseudo-Mercator.</summary>
    public const string WebMercator =
        """PROJCS["WGS 84 / Pseudo-Mercator",GEOGCS["WGS 84",DATUM["WGS_1984",SPHEROID["WGS 84",6378137,298.257223563,AUTHORITY["EPSG","7030"]],AUTHORITY["EPSG","6326"]],PRIMEM["Greenwich",0,AUTHORITY["EPSG","8901"]],UNIT["degree",0.0174532925199433,AUTHORITY["EPSG","9122"]],AUTHORITY["EPSG","4326"]],PROJECTION["Popular Visualisation Pseudo-Mercator"],PARAMETER["latitude_of_origin",0],PARAMETER["central_meridian",0],PARAMETER["scale_factor",1],PARAMETER["false_easting",0],PARAMETER["false_northing",0],UNIT["metre",1,AUTHORITY["EPSG","9001"]],AXIS["X",EAST],AXIS["Y",NORTH],EXTENSION["PROJ4","+proj=merc +a=6378137 +b=6378137 +lat_ts=0 +lon_0=0 +x_0=0 +y_0=0 +k=1 +units=m +nadgrids=@null +wktext +no_defs"],AUTHORITY["EPSG","3857"]]""";

    /// <summary>The WKT for a supported SRID.</summary>
    /// <exception cref="UnsupportedSridException">The SRID is not shipped.</exception>
    public static string For(int srid) => srid switch
    {
        Srid.Wgs84 => Wgs84,
        Srid.Cgcs2000 => Cgcs2000,
        Srid.Cgcs2000GaussKruger114E => Cgcs2000GaussKruger114E,
        Srid.WebMercator => WebMercator,
        _ => throw new UnsupportedSridException(srid),
    };
}

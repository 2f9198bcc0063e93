using Hanyang.Gis.Spatial.Crs;

namespace Hanyang.Gis.Data.Import;

/// <summary>A CRS a file declares, and where it declares it, for messages ("its .prj parcels.prj").</summary>
/// <param name="Crs">The declared CRS.</param>
/// <param name="DeclaredBy">Where the declaration is, e.g. "parcels.prj" or "gpkg_spatial_ref_sys (srs_id 4326)".</param>
internal sealed record DeclaredCrs(SourceCrs Crs, string DeclaredBy);

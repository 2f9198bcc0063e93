namespace Hanyang.Gis.Data.Import;

/// <summary>What an <see cref="ImportItem"/> counts: features of a GIS file or data rows of a CSV file.</summary>
public enum ImportItemKind
{
    /// <summary>A feature of a GeoJSON, Shapefile or GeoPackage file, counted from 1.</summary>
    Feature,

    /// <summary>A data row of a CSV file, counted from 1 at the first row after the header.</summary>
    Row,

    /// <summary>A row of a spreadsheet (XLSX), numbered as the spreadsheet shows it: the header is row 1.</summary>
    SheetRow,
}

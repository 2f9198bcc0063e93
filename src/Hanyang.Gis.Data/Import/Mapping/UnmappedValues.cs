namespace Hanyang.Gis.Data.Import.Mapping;

/// <summary>What an import does with a row whose value is not in a value map.</summary>
public enum UnmappedValues
{
    /// <summary>The row is a problem naming the row, the column and the value; the import is refused (the default of a mapping file).</summary>
    Error,

    /// <summary>The row is left out and counted by value in the report (the default of the Amap and Baidu presets, whose exports mix every kind of place).</summary>
    Skip,
}

namespace Hanyang.Gis.Data.Import;

/// <summary>The type a CSV column's cells are read as.</summary>
internal enum ColumnType
{
    /// <summary>Whole numbers (kept as long).</summary>
    Integer,

    /// <summary>Numbers with a fraction (kept as double).</summary>
    Number,

    /// <summary>true / false.</summary>
    Boolean,

    /// <summary>Anything else.</summary>
    Text,
}

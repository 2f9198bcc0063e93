namespace Hanyang.Gis.Data.Import.Osm;

/// <summary>
/// An OpenStreetMap extract could not be read: missing, of an unknown format, truncated or corrupt, or
/// holding no data. The message is one line naming the file and what to do; nothing was written.
/// It is a <see cref="FormatException"/> so that the CLI reports it as a user's mistake, in one line.
/// </summary>
public sealed class OsmExtractException : FormatException
{
    /// <summary>Creates the error with its one-line message.</summary>
    public OsmExtractException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the error with its one-line message and the reader's exception.</summary>
    public OsmExtractException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}

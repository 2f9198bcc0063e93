using System.Globalization;
using System.Text;

namespace Hanyang.Gis.Data.Import;

/// <summary>
/// The text encoding of a Shapefile's .dbf as its .cpg names it ("UTF-8", "CP936", "GBK", "936", ...).
/// Chinese design institutes' Shapefiles are often GBK; without the code-page provider registered, .NET
/// cannot decode them and names would arrive garbled, so the provider is registered here.
/// </summary>
internal static class DbfEncoding
{
    static DbfEncoding() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    /// <summary>Makes sure the code-page provider is registered, so the Shapefile reader can also decode a .dbf whose header names a code page.</summary>
    public static void EnsureCodePages()
    {
        // The static constructor does the work; calling any member runs it once.
    }

    /// <summary>The encoding the .cpg text names, or null when it names none this system can decode.</summary>
    public static Encoding? FromCpg(string cpg)
    {
        var name = cpg.Trim().ToUpperInvariant();
        if (name is "UTF-8" or "UTF8" or "65001")
        {
            return new UTF8Encoding(false);
        }

        foreach (var prefix in new[] { "CP", "WINDOWS-", "ANSI " })
        {
            if (name.StartsWith(prefix, StringComparison.Ordinal) && int.TryParse(name.AsSpan(prefix.Length), NumberStyles.None, CultureInfo.InvariantCulture, out _))
            {
                name = name[prefix.Length..];
            }
        }

        try
        {
            return int.TryParse(name, NumberStyles.None, CultureInfo.InvariantCulture, out var codePage)
                ? Encoding.GetEncoding(codePage)
                : Encoding.GetEncoding(name);
        }
        catch (Exception e) when (e is ArgumentException or NotSupportedException)
        {
            return null;
        }
    }
}

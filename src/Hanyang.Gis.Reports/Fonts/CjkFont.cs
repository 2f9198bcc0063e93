namespace Hanyang.Gis.Reports.Fonts;

/// <summary>
/// The font every report writes Chinese with: one file that covers both CJK and Latin, found on the system.
/// A TrueType collection (.ttc) is reduced to its first face, since PDF embeds single fonts.
/// </summary>
public sealed class CjkFont
{
    /// <summary>The environment variable that names a font file to use instead of the system's.</summary>
    public const string EnvironmentVariable = "HANYANG_CJK_FONT";

    /// <summary>
    /// Fonts tried in order. DroidSansFallbackFull.ttf is not among them: it has no Latin glyphs, so digits
    /// and units would vanish from a PDF that uses it alone.
    /// </summary>
    private static readonly string[] Candidates =
    [
        "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc",
        "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc",
        "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc",
        "/usr/share/fonts/truetype/arphic/uming.ttc",
    ];

    private static readonly Lazy<CjkFont> Found = new(Locate);

    private CjkFont(string path, byte[] trueType)
    {
        Path = path;
        TrueType = trueType;
    }

    /// <summary>The font file it came from.</summary>
    public string Path { get; }

    /// <summary>The font as one standalone TrueType/OpenType file.</summary>
    public ReadOnlyMemory<byte> TrueType { get; }

    /// <summary>The font in force (see <see cref="EnvironmentVariable"/>), found once per process.</summary>
    /// <exception cref="InvalidOperationException">No usable font is installed; the message says which Debian package to install.</exception>
    public static CjkFont Default => Found.Value;

    private static CjkFont Locate()
    {
        var chosen = Environment.GetEnvironmentVariable(EnvironmentVariable) is { Length: > 0 } given
            ? File.Exists(given) ? given : throw new InvalidOperationException($"{EnvironmentVariable}={given}: no such font file")
            : Candidates.FirstOrDefault(File.Exists)
              ?? throw new InvalidOperationException("no Chinese (CJK) font is installed, so labels cannot be drawn: install one, e.g. `apt-get install fonts-wqy-microhei`, or set " + EnvironmentVariable);
        var bytes = File.ReadAllBytes(chosen);
        return new CjkFont(chosen, TrueTypeCollection.IsCollection(bytes) ? TrueTypeCollection.ExtractFace(bytes, 0) : bytes);
    }
}

using Hanyang.Gis.Reports.Fonts;
using PdfSharp.Fonts;

namespace Hanyang.Gis.Reports.Pdf;

/// <summary>
/// Gives PDFsharp the one CJK font for every family (PDFsharp has no system font lookup on Linux);
/// bold is simulated. Installed once per process, before the first PDF is drawn.
/// </summary>
internal sealed class CjkFontResolver : IFontResolver
{
    /// <summary>The family name reports ask for.</summary>
    public const string Family = "HanyangCjk";

    private static readonly Lock Gate = new();

    public static void Install()
    {
        lock (Gate)
        {
            if (GlobalFontSettings.FontResolver is not CjkFontResolver)
            {
                GlobalFontSettings.FontResolver = new CjkFontResolver();
            }
        }
    }

    public FontResolverInfo? ResolveTypeface(string familyName, bool bold, bool italic) => new(Family, bold, italic);

    public byte[]? GetFont(string faceName) => CjkFont.Default.TrueType.ToArray();
}

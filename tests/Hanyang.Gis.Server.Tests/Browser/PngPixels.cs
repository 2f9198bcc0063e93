using System.Buffers.Binary;
using System.IO.Compression;

namespace Hanyang.Gis.Server.Tests.Browser;

/// <summary>
/// Decodes the PNGs Chromium writes (8-bit RGB or RGBA, not interlaced; ISO/IEC 15948 §9 filters) so tests can
/// look at pixels: how many differ from a background, and how many differ between two pictures.
/// </summary>
internal sealed class PngPixels
{
    private readonly byte[] rgba;

    private PngPixels(int width, int height, byte[] rgba)
    {
        Width = width;
        Height = height;
        this.rgba = rgba;
    }

    public int Width { get; }

    public int Height { get; }

    public static PngPixels Decode(byte[] png)
    {
        ReadOnlySpan<byte> signature = [137, 80, 78, 71, 13, 10, 26, 10];
        if (png.Length < 8 || !png.AsSpan(0, 8).SequenceEqual(signature))
        {
            throw new InvalidDataException("not a PNG");
        }

        int width = 0, height = 0, channels = 0;
        using var idat = new MemoryStream();
        for (var at = 8; at < png.Length;)
        {
            var length = BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(at));
            var type = System.Text.Encoding.ASCII.GetString(png, at + 4, 4);
            var data = png.AsSpan(at + 8, length);
            if (type == "IHDR")
            {
                width = BinaryPrimitives.ReadInt32BigEndian(data);
                height = BinaryPrimitives.ReadInt32BigEndian(data[4..]);
                if (data[8] != 8 || data[12] != 0 || data[9] is not (2 or 6))
                {
                    throw new InvalidDataException($"unsupported PNG: bit depth {data[8]}, colour type {data[9]}, interlace {data[12]}");
                }

                channels = data[9] == 6 ? 4 : 3;
            }
            else if (type == "IDAT")
            {
                idat.Write(data);
            }

            at += 12 + length;
        }

        idat.Position = 0;
        using var inflated = new MemoryStream();
        using (var z = new ZLibStream(idat, CompressionMode.Decompress))
        {
            z.CopyTo(inflated);
        }

        var raw = inflated.ToArray();
        var stride = width * channels;
        var previous = new byte[stride];
        var line = new byte[stride];
        var pixels = new byte[width * height * 4];
        for (var y = 0; y < height; y++)
        {
            var filter = raw[y * (stride + 1)];
            Array.Copy(raw, (y * (stride + 1)) + 1, line, 0, stride);
            for (var i = 0; i < stride; i++)
            {
                int a = i >= channels ? line[i - channels] : 0, b = previous[i], c = i >= channels ? previous[i - channels] : 0;
                line[i] = (byte)(line[i] + filter switch
                {
                    0 => 0,
                    1 => a,
                    2 => b,
                    3 => (a + b) / 2,
                    4 => Paeth(a, b, c),
                    _ => throw new InvalidDataException($"PNG filter {filter}"),
                });
            }

            for (var x = 0; x < width; x++)
            {
                var o = ((y * width) + x) * 4;
                pixels[o] = line[x * channels];
                pixels[o + 1] = line[(x * channels) + 1];
                pixels[o + 2] = line[(x * channels) + 2];
                pixels[o + 3] = channels == 4 ? line[(x * channels) + 3] : (byte)255;
            }

            (previous, line) = (line, previous);
        }

        return new PngPixels(width, height, pixels);
    }

    /// <summary>Pixels whose colour is more than <paramref name="tolerance"/> (per channel) from <paramref name="background"/>.</summary>
    public int CountUnlike((byte R, byte G, byte B) background, int tolerance = 12)
    {
        var n = 0;
        for (var o = 0; o < rgba.Length; o += 4)
        {
            if (Math.Abs(rgba[o] - background.R) > tolerance || Math.Abs(rgba[o + 1] - background.G) > tolerance || Math.Abs(rgba[o + 2] - background.B) > tolerance)
            {
                n++;
            }
        }

        return n;
    }

    /// <summary>Pixels that differ by more than <paramref name="tolerance"/> in some channel between two pictures of the same size.</summary>
    public int CountDifferent(PngPixels other, int tolerance = 8)
    {
        ArgumentNullException.ThrowIfNull(other);
        if (other.Width != Width || other.Height != Height)
        {
            throw new ArgumentException($"sizes differ: {Width}x{Height} vs {other.Width}x{other.Height}", nameof(other));
        }

        var n = 0;
        for (var o = 0; o < rgba.Length; o += 4)
        {
            if (Math.Abs(rgba[o] - other.rgba[o]) > tolerance || Math.Abs(rgba[o + 1] - other.rgba[o + 1]) > tolerance || Math.Abs(rgba[o + 2] - other.rgba[o + 2]) > tolerance)
            {
                n++;
            }
        }

        return n;
    }

    private static int Paeth(int a, int b, int c)
    {
        var p = a + b - c;
        int pa = Math.Abs(p - a), pb = Math.Abs(p - b), pc = Math.Abs(p - c);
        return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
    }
}

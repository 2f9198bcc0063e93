using System.Globalization;
using System.Text;
using BitMiracle.LibTiff.Classic;
using Hanyang.Gis.Spatial;

namespace Hanyang.Gis.Data.Import.Population;

/// <summary>
/// A single-band GeoTIFF population grid (WorldPop, GHSL, or one a planner made with GDAL), read with LibTiff.NET: the
/// georeferencing from the GeoTIFF tags themselves (ModelTiepoint and ModelPixelScale; a rotated ModelTransformation is
/// refused), the CRS from the GeoKeyDirectory (GTModelType, then ProjectedCSType or GeographicType — an EPSG code this
/// system knows, else refused, never guessed), nodata from GDAL's GDAL_NODATA tag, and samples of 8 to 64 bits,
/// unsigned, signed or floating point, in strips or tiles. Rows are streamed, so memory does not grow with the grid.
/// </summary>
public sealed class GeoTiffGrid : IDisposable
{
    /// <summary>The most cells a grid may have; a larger one should be clipped to the district first (gdal_translate -projwin).</summary>
    public const long MaxCells = 50_000_000;

    private const int GeoKeyModelType = 1024;
    private const int GeoKeyRasterType = 1025;
    private const int GeoKeyGeographicType = 2048;
    private const int GeoKeyProjectedType = 3072;
    private const int UserDefined = 32767;

    private readonly Tiff tiff;
    private readonly int bitsPerSample;
    private readonly SampleFormat sampleFormat;

    private GeoTiffGrid(Tiff tiff, int width, int height, int bitsPerSample, SampleFormat sampleFormat, int srid, double originX, double originY, double pixelWidth, double pixelHeight, double? nodata)
    {
        this.tiff = tiff;
        this.bitsPerSample = bitsPerSample;
        this.sampleFormat = sampleFormat;
        Width = width;
        Height = height;
        Srid = srid;
        OriginX = originX;
        OriginY = originY;
        PixelWidth = pixelWidth;
        PixelHeight = pixelHeight;
        Nodata = nodata;
    }

    /// <summary>Columns.</summary>
    public int Width { get; }

    /// <summary>Rows.</summary>
    public int Height { get; }

    /// <summary>The EPSG code of the grid's CRS.</summary>
    public int Srid { get; }

    /// <summary>X of the top-left corner of the top-left cell, in the grid's CRS.</summary>
    public double OriginX { get; }

    /// <summary>Y of the top-left corner of the top-left cell.</summary>
    public double OriginY { get; }

    /// <summary>Cell width in the grid's CRS units (degrees or metres).</summary>
    public double PixelWidth { get; }

    /// <summary>Cell height in the grid's CRS units (rows run south).</summary>
    public double PixelHeight { get; }

    /// <summary>The nodata value, when the file declares one.</summary>
    public double? Nodata { get; }

    /// <summary>The centre of cell (<paramref name="column"/>, <paramref name="row"/>) in the grid's CRS.</summary>
    public (double X, double Y) CellCentre(int column, int row) => (OriginX + ((column + 0.5) * PixelWidth), OriginY - ((row + 0.5) * PixelHeight));

    /// <summary>True when <paramref name="value"/> is the nodata value (or NaN).</summary>
    public bool IsNodata(double value) => double.IsNaN(value) || (Nodata is { } n && (value == n || Math.Abs(value - n) <= Math.Abs(n) * 1e-6));

    /// <summary>Opens <paramref name="path"/> and reads its georeferencing.</summary>
    /// <exception cref="PopulationImportException">Not a TIFF, not georeferenced, an unknown CRS, or a layout not supported (the message says which).</exception>
    public static GeoTiffGrid Open(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var file = Path.GetFileName(path);
        Tiff.SetErrorHandler(new QuietErrors());
        var tiff = Tiff.Open(path, "r") ?? throw Refused(file, "无法作为 TIFF 文件读取");
        try
        {
            var width = tiff.GetField(TiffTag.IMAGEWIDTH)[0].ToInt();
            var height = tiff.GetField(TiffTag.IMAGELENGTH)[0].ToInt();
            var samples = tiff.GetFieldDefaulted(TiffTag.SAMPLESPERPIXEL)[0].ToInt();
            var bits = tiff.GetFieldDefaulted(TiffTag.BITSPERSAMPLE)[0].ToInt();
            var format = (SampleFormat)tiff.GetFieldDefaulted(TiffTag.SAMPLEFORMAT)[0].ToInt();
            if (samples != 1)
            {
                throw Refused(file, $"有 {samples} 个波段；人口栅格应为单波段");
            }

            if (bits is not (8 or 16 or 32 or 64) || format is not (SampleFormat.UINT or SampleFormat.INT or SampleFormat.IEEEFP) || (format == SampleFormat.IEEEFP && bits < 32))
            {
                throw Refused(file, $"像元类型（{bits} 位，{format}）不受支持；应为 8–64 位整数或 32/64 位浮点");
            }

            if ((long)width * height > MaxCells)
            {
                throw Refused(file, string.Create(CultureInfo.InvariantCulture, $"有 {(long)width * height:N0} 个像元，超过上限 {MaxCells:N0}；请先裁剪到汉阳区范围（gdal_translate -projwin）"));
            }

            var srid = ReadSrid(tiff, file, out var pixelIsPoint);
            var scale = Doubles(tiff, TiffTag.GEOTIFF_MODELPIXELSCALETAG);
            var tie = Doubles(tiff, TiffTag.GEOTIFF_MODELTIEPOINTTAG);
            if (scale is not { Length: >= 2 } || tie is not { Length: >= 6 })
            {
                throw Refused(file, Doubles(tiff, TiffTag.GEOTIFF_MODELTRANSFORMATIONTAG) is null
                    ? "没有地理参照（缺少 ModelTiepoint 与 ModelPixelScale 标签）"
                    : "以 ModelTransformation 旋转或倾斜；请先用 gdalwarp 转为正北方向的栅格");
            }

            if (scale[0] <= 0 || scale[1] <= 0)
            {
                throw Refused(file, "像元大小（ModelPixelScale）不是正数");
            }

            // The tie point maps raster (I, J) to model (X, Y); a PixelIsPoint grid ties cell centres, not corners.
            var shift = pixelIsPoint ? 0.5 : 0;
            var originX = tie[3] - ((tie[0] + shift) * scale[0]);
            var originY = tie[4] + ((tie[1] + shift) * scale[1]);
            return new GeoTiffGrid(tiff, width, height, bits, format, srid, originX, originY, scale[0], scale[1], ReadNodata(tiff));
        }
        catch
        {
            tiff.Dispose();
            throw;
        }
    }

    /// <summary>Calls <paramref name="row"/> with each row's values, top to bottom (the array is reused between calls).</summary>
    public void ForEachRow(Action<int, double[]> row)
    {
        ArgumentNullException.ThrowIfNull(row);
        var values = new double[Width];
        var bytesPerSample = bitsPerSample / 8;
        if (tiff.IsTiled())
        {
            var tileWidth = tiff.GetField(TiffTag.TILEWIDTH)[0].ToInt();
            var tileHeight = tiff.GetField(TiffTag.TILELENGTH)[0].ToInt();
            var tile = new byte[tiff.TileSize()];
            var band = new double[tileHeight][];
            for (var i = 0; i < tileHeight; i++)
            {
                band[i] = new double[Width];
            }

            for (var top = 0; top < Height; top += tileHeight)
            {
                for (var left = 0; left < Width; left += tileWidth)
                {
                    if (tiff.ReadTile(tile, 0, left, top, 0, 0) < 0)
                    {
                        throw Refused(tiff.FileName(), string.Create(CultureInfo.InvariantCulture, $"第 {top + 1} 行附近的瓦片无法读取（文件损坏？）"));
                    }

                    for (var y = 0; y < tileHeight && top + y < Height; y++)
                    {
                        for (var x = 0; x < tileWidth && left + x < Width; x++)
                        {
                            band[y][left + x] = Sample(tile, ((y * tileWidth) + x) * bytesPerSample);
                        }
                    }
                }

                for (var y = 0; y < tileHeight && top + y < Height; y++)
                {
                    row(top + y, band[y]);
                }
            }

            return;
        }

        var line = new byte[tiff.ScanlineSize()];
        for (var r = 0; r < Height; r++)
        {
            if (!tiff.ReadScanline(line, r))
            {
                throw Refused(tiff.FileName(), string.Create(CultureInfo.InvariantCulture, $"第 {r + 1} 行无法读取（文件损坏？）"));
            }

            for (var c = 0; c < Width; c++)
            {
                values[c] = Sample(line, c * bytesPerSample);
            }

            row(r, values);
        }
    }

    /// <inheritdoc />
    public void Dispose() => tiff.Dispose();

    private double Sample(byte[] bytes, int offset) => (sampleFormat, bitsPerSample) switch
    {
        (SampleFormat.IEEEFP, 32) => BitConverter.ToSingle(bytes, offset),
        (SampleFormat.IEEEFP, _) => BitConverter.ToDouble(bytes, offset),
        (SampleFormat.INT, 8) => (sbyte)bytes[offset],
        (SampleFormat.INT, 16) => BitConverter.ToInt16(bytes, offset),
        (SampleFormat.INT, 32) => BitConverter.ToInt32(bytes, offset),
        (SampleFormat.INT, _) => BitConverter.ToInt64(bytes, offset),
        (_, 8) => bytes[offset],
        (_, 16) => BitConverter.ToUInt16(bytes, offset),
        (_, 32) => BitConverter.ToUInt32(bytes, offset),
        _ => BitConverter.ToUInt64(bytes, offset),
    };

    private static int ReadSrid(Tiff tiff, string file, out bool pixelIsPoint)
    {
        var keys = Shorts(tiff, TiffTag.GEOTIFF_GEOKEYDIRECTORYTAG) ?? throw Refused(file, "没有 GeoKeyDirectory 标签，无法知道坐标系；请用 gdal_translate -a_srs EPSG:4326 指定");
        var values = new Dictionary<int, int>();
        for (var i = 4; i + 3 < keys.Length && (i / 4) <= keys[3]; i += 4)
        {
            if (keys[i + 1] == 0)
            {
                values[keys[i]] = keys[i + 3];
            }
        }

        pixelIsPoint = values.TryGetValue(GeoKeyRasterType, out var raster) && raster == 2;
        var model = values.GetValueOrDefault(GeoKeyModelType);
        var code = model switch
        {
            1 => values.GetValueOrDefault(GeoKeyProjectedType),
            2 => values.GetValueOrDefault(GeoKeyGeographicType),
            _ => 0,
        };
        if (code is 0 or UserDefined)
        {
            throw Refused(file, model is 1 or 2
                ? "的坐标系没有 EPSG 代码（用户自定义）；请先用 gdalwarp -t_srs EPSG:4326 转换"
                : "的 GeoKeyDirectory 没有说明坐标系类型（GTModelType）");
        }

        if (!Spatial.Srid.IsSupported(code))
        {
            throw Refused(file, $"的坐标系 EPSG:{code} 不受支持（支持 {string.Join("、", Spatial.Srid.Supported.Select(s => "EPSG:" + s))}）；请先用 gdalwarp -t_srs EPSG:4326 转换");
        }

        return code;
    }

    private static double? ReadNodata(Tiff tiff)
    {
        var text = Text(tiff, TiffTag.GDAL_NODATA)?.Trim('\0', ' ');
        return text is { Length: > 0 } && double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) ? value : null;
    }

    // LibTiff.NET gives an array-valued tag as [count, values]: the values are the last element.
    private static double[]? Doubles(Tiff tiff, TiffTag tag) => tiff.GetField(tag) is { Length: > 0 } field ? field[^1].ToDoubleArray() : null;

    private static int[]? Shorts(Tiff tiff, TiffTag tag) =>
        tiff.GetField(tag) is { Length: > 0 } field ? field[^1].ToShortArray()?.Select(x => (int)(ushort)x).ToArray() : null;

    private static string? Text(Tiff tiff, TiffTag tag)
    {
        if (tiff.GetField(tag) is not { Length: > 0 } field)
        {
            return null;
        }

        return field[^1].Value switch
        {
            string s => s,
            byte[] b => Encoding.ASCII.GetString(b),
            _ => field[^1].ToString(),
        };
    }

    private static PopulationImportException Refused(string file, string reason) => new(file, [reason]);

    /// <summary>LibTiff's messages would go to the console; the reader turns failures into its own Chinese messages.</summary>
    private sealed class QuietErrors : TiffErrorHandler
    {
        public override void ErrorHandler(Tiff tif, string method, string format, params object[] args)
        {
        }

        public override void WarningHandler(Tiff tif, string method, string format, params object[] args)
        {
        }

        public override void ErrorHandlerExt(Tiff tif, object clientData, string method, string format, params object[] args)
        {
        }

        public override void WarningHandlerExt(Tiff tif, object clientData, string method, string format, params object[] args)
        {
        }
    }
}

using System.Buffers.Binary;
using System.IO.Compression;

namespace SafetyBot.Tests.E2E;

/// <summary>
/// A minimal PNG reader for the icon checks: the IHDR header and, for 8-bit non-interlaced
/// truecolour images (what Chromium writes), the RGBA pixels.
/// </summary>
public sealed class PngImage
{
    private static readonly byte[] Signature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    private PngImage(int width, int height, int bitDepth, int colorType, byte[] rgba)
    {
        Width = width;
        Height = height;
        BitDepth = bitDepth;
        ColorType = colorType;
        Rgba = rgba;
    }

    /// <summary>Width in pixels, from IHDR.</summary>
    public int Width { get; }

    /// <summary>Height in pixels, from IHDR.</summary>
    public int Height { get; }

    /// <summary>Bit depth, from IHDR.</summary>
    public int BitDepth { get; }

    /// <summary>Colour type from IHDR: 2 = RGB, 6 = RGBA.</summary>
    public int ColorType { get; }

    /// <summary>Pixels as R, G, B, A bytes, row by row (A = 255 for RGB images).</summary>
    public byte[] Rgba { get; }

    /// <summary>Reads <paramref name="bytes"/> as a PNG file.</summary>
    public static PngImage Read(byte[] bytes)
    {
        if (bytes.Length < 33 || !bytes.AsSpan(0, 8).SequenceEqual(Signature))
        {
            throw new InvalidDataException("Not a PNG file.");
        }

        int width = 0, height = 0, bitDepth = 0, colorType = 0, interlace = 0;
        using var idat = new MemoryStream();
        var offset = 8;
        while (offset + 8 <= bytes.Length)
        {
            var length = BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(offset));
            var type = System.Text.Encoding.ASCII.GetString(bytes, offset + 4, 4);
            var data = bytes.AsSpan(offset + 8, length);
            switch (type)
            {
                case "IHDR":
                    width = BinaryPrimitives.ReadInt32BigEndian(data);
                    height = BinaryPrimitives.ReadInt32BigEndian(data[4..]);
                    bitDepth = data[8];
                    colorType = data[9];
                    interlace = data[12];
                    break;
                case "IDAT":
                    idat.Write(data);
                    break;
            }

            if (type == "IEND")
            {
                break;
            }

            offset += 12 + length;
        }

        if (bitDepth != 8 || colorType is not (2 or 6) || interlace != 0)
        {
            return new PngImage(width, height, bitDepth, colorType, []);
        }

        var channels = colorType == 6 ? 4 : 3;
        var stride = width * channels;
        var raw = Inflate(idat.ToArray());
        var pixels = new byte[stride * height];
        var previous = new byte[stride];
        for (var y = 0; y < height; y++)
        {
            var filter = raw[y * (stride + 1)];
            var line = raw.AsSpan((y * (stride + 1)) + 1, stride);
            var current = pixels.AsSpan(y * stride, stride);
            for (var x = 0; x < stride; x++)
            {
                var left = x >= channels ? current[x - channels] : 0;
                var up = previous[x];
                var upLeft = x >= channels ? previous[x - channels] : 0;
                current[x] = (byte)(line[x] + filter switch
                {
                    0 => 0,
                    1 => left,
                    2 => up,
                    3 => (left + up) / 2,
                    4 => Paeth(left, up, upLeft),
                    _ => throw new InvalidDataException($"Unknown PNG filter {filter}."),
                });
            }

            current.CopyTo(previous);
        }

        var rgba = new byte[width * height * 4];
        for (var i = 0; i < width * height; i++)
        {
            rgba[(i * 4) + 0] = pixels[(i * channels) + 0];
            rgba[(i * 4) + 1] = pixels[(i * channels) + 1];
            rgba[(i * 4) + 2] = pixels[(i * channels) + 2];
            rgba[(i * 4) + 3] = channels == 4 ? pixels[(i * channels) + 3] : (byte)255;
        }

        return new PngImage(width, height, bitDepth, colorType, rgba);
    }

    private static byte[] Inflate(byte[] zlib)
    {
        using var input = new MemoryStream(zlib);
        using var inflater = new ZLibStream(input, CompressionMode.Decompress);
        using var output = new MemoryStream();
        inflater.CopyTo(output);
        return output.ToArray();
    }

    private static int Paeth(int a, int b, int c)
    {
        var p = a + b - c;
        var pa = Math.Abs(p - a);
        var pb = Math.Abs(p - b);
        var pc = Math.Abs(p - c);
        return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
    }
}

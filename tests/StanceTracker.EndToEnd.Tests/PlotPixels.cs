using SkiaSharp;

namespace StanceTracker.EndToEnd.Tests;

/// <summary>
/// Reads a chart PNG back as pixels: its size, how much of it is drawn on, and where a series' colour lies relative
/// to the dashed grey zero line (above it: support; below it: oppose).
/// </summary>
public sealed class PlotPixels
{
    private readonly SKBitmap _bitmap;

    private PlotPixels(SKBitmap bitmap) => _bitmap = bitmap;

    public int Width => _bitmap.Width;
    public int Height => _bitmap.Height;

    public static PlotPixels ReadPng(string path)
    {
        using (var codec = SKCodec.Create(path) ?? throw new InvalidDataException($"{path} is not an image"))
            if (codec.EncodedFormat != SKEncodedImageFormat.Png)
                throw new InvalidDataException($"{path} is {codec.EncodedFormat}, not PNG");
        return new PlotPixels(SKBitmap.Decode(path) ?? throw new InvalidDataException($"{path} could not be decoded"));
    }

    /// <summary>Share of pixels that are not (near) white.</summary>
    public double InkedShare()
    {
        var inked = 0;
        foreach (var pixel in _bitmap.Pixels)
            if (pixel.Red < 240 || pixel.Green < 240 || pixel.Blue < 240) inked++;
        return inked / (double)_bitmap.Pixels.Length;
    }

    /// <summary>The zero line: the row with most mid-grey pixels, and the columns it spans (the data area's width).</summary>
    public (int Row, int Left, int Right) ZeroLine()
    {
        var best = (Row: -1, Count: 0, Left: 0, Right: 0);
        for (var y = 0; y < Height; y++)
        {
            int count = 0, left = Width, right = -1;
            for (var x = 0; x < Width; x++)
            {
                if (!Near(_bitmap.GetPixel(x, y), new SKColor(0x80, 0x80, 0x80), 24)) continue;
                count++;
                left = Math.Min(left, x);
                right = Math.Max(right, x);
            }
            if (count > best.Count) best = (y, count, left, right);
        }
        return best.Row < 0 ? throw new InvalidDataException("no zero line in the chart") : (best.Row, best.Left, best.Right);
    }

    /// <summary>Pixels of a colour inside the data area, above and below the zero line.</summary>
    public (int Above, int Below) ColourAroundZero(SKColor colour)
    {
        var (row, left, right) = ZeroLine();
        int above = 0, below = 0;
        for (var y = 0; y < Height; y++)
            for (var x = left; x <= right; x++)
                if (Near(_bitmap.GetPixel(x, y), colour, 30))
                {
                    if (y < row - 2) above++;
                    else if (y > row + 2) below++;
                }
        return (above, below);
    }

    private static bool Near(SKColor a, SKColor b, int tolerance) =>
        Math.Abs(a.Red - b.Red) <= tolerance && Math.Abs(a.Green - b.Green) <= tolerance && Math.Abs(a.Blue - b.Blue) <= tolerance;
}

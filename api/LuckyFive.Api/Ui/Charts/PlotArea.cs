namespace LuckyFive.Api.Ui.Charts;

/// <summary>A chart's drawing box: the SVG's size and the margins its axes' labels take.</summary>
public sealed record PlotArea(int Width, int Height, int Left = 64, int Right = 16, int Top = 16, int Bottom = 40)
{
    public int InnerLeft => Left;

    public int InnerRight => Width - Right;

    public int InnerTop => Top;

    public int InnerBottom => Height - Bottom;

    public string ViewBox => $"0 0 {Width} {Height}";

    /// <summary>A horizontal scale across the plot.</summary>
    public LinearScale X(double min, double max) => new(min, max, InnerLeft, InnerRight);

    /// <summary>A vertical scale up the plot (larger values higher).</summary>
    public LinearScale Y(double min, double max, bool includeZero = false) => new(min, max, InnerBottom, InnerTop, includeZero);
}

namespace LuckyFive.Api.Ui.Charts;

/// <summary>One set of bars in a grouped bar chart: a value per category, drawn in its CSS class's colour.</summary>
public sealed record BarSeries(string Name, IReadOnlyList<double> Values, string CssClass);

/// <summary>One point of a scatter chart, with what its tooltip says and where it links.</summary>
public sealed record ScatterPoint(double X, double Y, string Label, string? Href);

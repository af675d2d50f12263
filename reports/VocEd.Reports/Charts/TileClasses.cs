using VocEd.Reports.Formatting;

namespace VocEd.Reports.Charts;

/// <summary>
/// Up to five equal-interval classes between the lowest and highest value of a map. Equal intervals keep a
/// class's meaning readable from the legend alone; one value (or all equal) makes one class, drawn mid-ramp.
/// </summary>
internal sealed class TileClasses
{
    private const int _maximum = 5;
    private readonly double _low;
    private readonly double _width;

    public TileClasses(IReadOnlyList<double> values)
    {
        if (values.Count == 0)
        {
            Count = 0;
            return;
        }

        _low = values.Min();
        var high = values.Max();
        Count = high > _low ? _maximum : 1;
        _width = (high - _low) / Count;
    }

    public int Count { get; }

    /// <summary>The class of a value shown on the map (0 = lowest).</summary>
    public int IndexOf(double value) => Count <= 1 || _width <= 0 ? 0 : Math.Clamp((int)((value - _low) / _width), 0, Count - 1);

    /// <summary>The colour of a class on the ramp: a single class takes the middle colour.</summary>
    public int PaletteIndex(int index) => Count == 1 ? 2 : index;

    public string Label(int index, ValueFormat format) => Count == 1
        ? ValueText.Format(_low, format)
        : $"{ValueText.Format(_low + (index * _width), format)}–{ValueText.Format(_low + ((index + 1) * _width), format)}";
}

namespace VocEd.Reports.Workbooks;

/// <summary>
/// How wide a text shows in Excel column units: a Chinese character takes about two. Columns are sized from this
/// rather than AutoFitColumns, which needs a graphics library and measures Chinese with whatever font it finds.
/// </summary>
internal static class TextWidth
{
    public static double Of(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return 0;
        }

        double width = 0;
        foreach (var c in text)
        {
            width += c >= '\u2E80' ? 2.1 : 1.1;
        }

        return width;
    }
}

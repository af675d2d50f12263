using System.Globalization;
using System.Net;
using VocEd.Reports.Formatting;

namespace VocEd.Reports.Dashboards;

/// <summary>Small pieces of HTML the pages share. Every text that came from data goes through <see cref="Encode"/>.</summary>
internal static class Html
{
    public const string SuppressedTitle = "样本不足：分母小于公开下限，不予公开";
    public const string MissingTitle = "无数据";
    public const string MissingOrSuppressedTitle = "无数据或样本不足";

    /// <summary>Text as HTML: &lt; &gt; &amp; and both quotes escaped, so a name can never become markup.</summary>
    public static string Encode(string? text) => WebUtility.HtmlEncode(text ?? string.Empty);

    /// <summary>A value's text, or "—" with a title saying whether it is missing or suppressed (and "样本不足" beside it when <paramref name="spell"/>).</summary>
    public static string Value(DashboardValue value, ValueFormat format, bool spell = false)
    {
        if (value.HasValue)
        {
            return Encode(ValueText.Format(value.Value, format));
        }

        return value.Suppressed
            ? $"""<span class="na suppressed" title="{SuppressedTitle}">{ValueText.Missing}</span>""" + (spell ? """<small class="why">样本不足</small>""" : string.Empty)
            : $"""<span class="na" title="{MissingTitle}">{ValueText.Missing}</span>""";
    }

    /// <summary>The value's attributes a reader (or a test) can check against the cube: data-value in round-trip form, or data-suppressed.</summary>
    public static string DataAttributes(DashboardValue value) => value.HasValue && value.Value is { } v
        ? $" data-value=\"{v.ToString("R", CultureInfo.InvariantCulture)}\""
        : value.Suppressed ? " data-suppressed=\"true\"" : " data-missing=\"true\"";

    /// <summary>A table cell for a value of a drill-down table.</summary>
    public static string Cell(DashboardValue value, ValueFormat format) => $"<td class=\"num\">{Value(value, format)}</td>";

    /// <summary>A table cell for a chart's number: a chart model keeps no reason for a missing value, so the title names both.</summary>
    public static string ChartCell(double? value, ValueFormat format) => value is { } v && !double.IsNaN(v)
        ? $"<td class=\"num\">{Encode(ValueText.Format(v, format))}</td>"
        : $"""<td class="num"><span class="na" title="{MissingOrSuppressedTitle}">{ValueText.Missing}</span></td>""";
}

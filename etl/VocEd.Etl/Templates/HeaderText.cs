using System.Text;

namespace VocEd.Etl.Templates;

/// <summary>Header and list-value matching: Unicode NFKC, trimmed, compared ignoring case.</summary>
public static class HeaderText
{
    /// <summary>The comparer to use on <see cref="Normalize"/>d text.</summary>
    public static StringComparer Comparer => StringComparer.OrdinalIgnoreCase;

    /// <summary>NFKC-normalizes and trims <paramref name="text"/> (a stray BOM counts as space), so <c>（元）</c> becomes <c>(元)</c>.</summary>
    public static string Normalize(string text) =>
        text.Normalize(NormalizationForm.FormKC).Trim().Trim('\uFEFF').Trim();
}

using OfficeOpenXml;

namespace VocEd.Reports.Workbooks;

/// <summary>Creates a package with the workbook defaults (a font with Chinese glyphs in Excel and WPS, document properties) and saves it.</summary>
internal static class WorkbookFile
{
    /// <summary>等线 is Excel's default for Chinese; where it is missing (LibreOffice on Linux) the system's CJK fallback draws the text.</summary>
    public const string FontName = "等线";

    public static ExcelPackage Create(string title, string subject)
    {
        var package = new ExcelPackage();
        package.Workbook.Properties.Title = title;
        package.Workbook.Properties.Subject = subject;
        package.Workbook.Properties.Author = "VocEd Warehouse";
        var normal = package.Workbook.Styles.NamedStyles.First(s => s.Name == "Normal").Style;
        normal.Font.Name = FontName;
        normal.Font.Size = 11;
        return package;
    }

    public static void Save(ExcelPackage package, Stream output)
    {
        ArgumentNullException.ThrowIfNull(package);
        package.SaveAs(output);
    }
}

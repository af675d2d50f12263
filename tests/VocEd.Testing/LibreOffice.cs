using System.Diagnostics;
using VocEd.Warehouse.Text;

namespace VocEd.Testing;

/// <summary>
/// LibreOffice headless as an independent reader of the workbooks we write: every sheet of many workbooks to CSV in
/// one run (one file per sheet, <c>{workbook}-{sheet}.csv</c>, values unrounded), or workbooks to PDF (optionally
/// under another fontconfig setup), and a PDF page to PNG with pdftoppm. Each run gets a fresh profile folder, so runs
/// side by side do not share a lock.
/// </summary>
public static class LibreOffice
{
    /// <summary>The CSV filter: comma, double quote, UTF-8, from line 1, values as stored (not as shown), formulas as results, every sheet.</summary>
    public const string CsvFilter = "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1";

    /// <summary>Converts every sheet of every workbook to CSV in <paramref name="outDir"/>; returns the sheets read, by (workbook file name without extension, sheet name).</summary>
    public static IReadOnlyDictionary<(string Workbook, string Sheet), IReadOnlyList<string[]>> SheetsAsCsv(IReadOnlyCollection<string> workbooks, string outDir)
    {
        ArgumentNullException.ThrowIfNull(workbooks);
        Directory.CreateDirectory(outDir);
        Run(null, ["--convert-to", CsvFilter, "--outdir", outDir, .. workbooks]);
        var sheets = new Dictionary<(string, string), IReadOnlyList<string[]>>();
        foreach (var workbook in workbooks.Select(Path.GetFileNameWithoutExtension).OfType<string>())
        {
            foreach (var csv in Directory.GetFiles(outDir, workbook + "-*.csv"))
            {
                var sheet = Path.GetFileNameWithoutExtension(csv)[(workbook.Length + 1)..];
                sheets[(workbook, sheet)] = ReferenceCsv.ReadAll(csv).ToList();
            }
        }

        return sheets;
    }

    /// <summary>Prints the workbooks to PDF in <paramref name="outDir"/>; with <paramref name="fontconfigFile"/>, LibreOffice sees only the fonts that file names.</summary>
    public static IReadOnlyList<string> ToPdf(IReadOnlyCollection<string> workbooks, string outDir, string? fontconfigFile = null)
    {
        ArgumentNullException.ThrowIfNull(workbooks);
        Directory.CreateDirectory(outDir);
        Run(fontconfigFile, ["--convert-to", "pdf", "--outdir", outDir, .. workbooks]);
        return [.. workbooks.Select(w => Path.Combine(outDir, Path.GetFileNameWithoutExtension(w) + ".pdf"))];
    }

    /// <summary>One page of a PDF as a PNG (pdftoppm); returns the PNG's path.</summary>
    public static string PageToPng(string pdf, int page, int dpi, string pngWithoutExtension)
    {
        ProcessRunner.Run("pdftoppm", "-f", page.ToString(System.Globalization.CultureInfo.InvariantCulture), "-l", page.ToString(System.Globalization.CultureInfo.InvariantCulture),
            "-r", dpi.ToString(System.Globalization.CultureInfo.InvariantCulture), "-png", "-singlefile", pdf, pngWithoutExtension);
        return pngWithoutExtension + ".png";
    }

    /// <summary>One page of a PDF as grey levels (pdftoppm, 8-bit PGM): width, height and one byte per pixel, row by row.</summary>
    public static (int Width, int Height, byte[] Pixels) PageToGray(string pdf, int page, int dpi, string pgmWithoutExtension)
    {
        ProcessRunner.Run("pdftoppm", "-f", page.ToString(System.Globalization.CultureInfo.InvariantCulture), "-l", page.ToString(System.Globalization.CultureInfo.InvariantCulture),
            "-r", dpi.ToString(System.Globalization.CultureInfo.InvariantCulture), "-gray", "-singlefile", pdf, pgmWithoutExtension);
        var bytes = File.ReadAllBytes(pgmWithoutExtension + ".pgm");

        // P5 header: magic, width, height, maximum value, each followed by white space; then the pixels.
        var fields = new List<int>();
        var at = 2;
        while (fields.Count < 3)
        {
            while (char.IsWhiteSpace((char)bytes[at]))
            {
                at++;
            }

            var start = at;
            while (!char.IsWhiteSpace((char)bytes[at]))
            {
                at++;
            }

            fields.Add(int.Parse(System.Text.Encoding.ASCII.GetString(bytes, start, at - start), System.Globalization.CultureInfo.InvariantCulture));
        }

        return (fields[0], fields[1], bytes[(at + 1)..]);
    }

    /// <summary>A fontconfig file that exposes only the DejaVu fonts (no CJK glyphs): Chinese then prints as boxes.</summary>
    public static string WriteDejaVuOnlyFontconfig(string directory)
    {
        Directory.CreateDirectory(directory);
        var cache = Path.Combine(directory, "fc-cache");
        var path = Path.Combine(directory, "fonts.conf");
        File.WriteAllText(path, $"""
            <?xml version="1.0"?>
            <!DOCTYPE fontconfig SYSTEM "fonts.dtd">
            <fontconfig>
              <dir>/usr/share/fonts/truetype/dejavu</dir>
              <cachedir>{cache}</cachedir>
            </fontconfig>
            """);
        return path;
    }

    private static void Run(string? fontconfigFile, string[] arguments)
    {
        var profile = Directory.CreateTempSubdirectory("voced-lo-");
        try
        {
            var info = new ProcessStartInfo("soffice")
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            info.ArgumentList.Add("--headless");
            info.ArgumentList.Add("-env:UserInstallation=" + new Uri(profile.FullName).AbsoluteUri);
            foreach (var argument in arguments)
            {
                info.ArgumentList.Add(argument);
            }

            if (fontconfigFile is not null)
            {
                info.Environment["FONTCONFIG_FILE"] = fontconfigFile;
            }

            using var process = Process.Start(info) ?? throw new InvalidOperationException("cannot start soffice (install libreoffice-calc-nogui)");
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit(TimeSpan.FromMinutes(5)))
            {
                process.Kill(entireProcessTree: true);
                throw new TimeoutException("soffice did not finish in 5 minutes");
            }

            if (process.ExitCode != 0)
            {
                throw new InvalidOperationException($"soffice exited {process.ExitCode}: {stderr.Result}{stdout.Result}");
            }
        }
        finally
        {
            profile.Delete(recursive: true);
        }
    }
}

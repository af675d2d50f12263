using System.Globalization;
using VocEd.Warehouse.Text;

namespace VocEd.Generator.Planning;

/// <summary>
/// Per-province calibration the reference data lacks (embedded province-calibration.csv): population
/// (7th census 2020, 万人), GDP 2023 (亿元) and its primary/secondary sector shares (provincial statistical
/// communiqués 2023, rounded; [verify]). Used to spread schools over provinces and to model regional industry.
/// </summary>
internal sealed record ProvinceCalibration(string ProvinceCode, double Population10k, double Gdp2023, double PrimaryShare, double SecondaryShare)
{
    private static readonly Lazy<IReadOnlyDictionary<string, ProvinceCalibration>> _table = new(Load);

    public double TertiaryShare => 1 - PrimaryShare - SecondaryShare;

    public static IReadOnlyDictionary<string, ProvinceCalibration> All => _table.Value;

    private static Dictionary<string, ProvinceCalibration> Load()
    {
        using var stream = typeof(ProvinceCalibration).Assembly.GetManifestResourceStream("VocEd.Generator.Planning.province-calibration.csv")
            ?? throw new InvalidOperationException("embedded province-calibration.csv is missing");
        using var text = new StreamReader(stream);
        var result = new Dictionary<string, ProvinceCalibration>(StringComparer.Ordinal);
        foreach (var r in ReferenceCsv.ReadAll(text).Skip(1))
        {
            if (r.Length < 5)
            {
                break;
            }

            result[r[0]] = new ProvinceCalibration(r[0], D(r[1]), D(r[2]), D(r[3]), D(r[4]));
        }

        return result;
    }

    private static double D(string s) => double.Parse(s, NumberStyles.Float, CultureInfo.InvariantCulture);
}

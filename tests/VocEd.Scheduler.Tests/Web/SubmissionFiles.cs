using System.Globalization;
using System.Text;
using VocEd.Etl.Templates;

namespace VocEd.Scheduler.Tests.Web;

/// <summary>Small submission files for uploads: one school_profile row (no personal data in it).</summary>
internal static class SubmissionFiles
{
    public static byte[] Profile(string school, string county, int year = 2024, string type = "associate", int students = 1200)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            [ColumnNames.SchoolCode] = school,
            [ColumnNames.SchoolName] = "测试职业技术学院" + school[^3..],
            [ColumnNames.SchoolType] = type,
            [ColumnNames.Sponsor] = "公办",
            [ColumnNames.CountyCode] = county,
            [ColumnNames.AcademicYear] = year.ToString(CultureInfo.InvariantCulture),
            [ColumnNames.StudentsTotal] = students.ToString(CultureInfo.InvariantCulture),
            [ColumnNames.FulltimeTeachers] = "80",
            [ColumnNames.DualQualifiedTeachers] = "40",
            [ColumnNames.ParttimeTeachers] = "20",
            [ColumnNames.ParttimeTeachingHours] = "3000",
            [ColumnNames.EquipmentValueYuan] = "5000000.50",
            [ColumnNames.PracticeWorkstations] = "600",
            [ColumnNames.PartnerEnterprises] = "12",
            [ColumnNames.Designations] = string.Empty,
        };
        var columns = SubmissionTemplates.For(SubmissionKind.SchoolProfile).Columns;
        var text = string.Join(',', columns.Select(c => c.HeaderZh)) + "\r\n"
            + string.Join(',', columns.Select(c => values.GetValueOrDefault(c.Name, string.Empty))) + "\r\n";
        return Encoding.UTF8.GetBytes(text);
    }
}

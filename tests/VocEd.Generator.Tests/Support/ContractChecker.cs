using System.Globalization;
using VocEd.Generator.Templates;
using VocEd.Warehouse.Reference;

namespace VocEd.Generator.Tests.Support;

/// <summary>
/// An independent, test-side implementation of the template rules of docs/submissions.md and docs/validation-rules.md,
/// simulating one ingest run of a generated folder (files by kind, then ordinal path; schools become known from
/// loaded school_profile rows). Used to check that clean output passes and that the manifest is exactly right.
/// </summary>
internal sealed class ContractChecker
{
    private static readonly string[] _kindOrder = ["school_profile", "regional_industry", "enrollment", "graduate_destination"];
    private static readonly HashSet<string> _employed = ["10", "11", "12", "27", "46", "50", "51", "75", "76"];
    private static readonly HashSet<string> _destinations = ["10", "11", "12", "27", "46", "50", "51", "70", "71", "72", "75", "76", "80", "81", "82", "85"];
    private static readonly string[] _employerFields = ["employer_industry", "employer_county_code", "monthly_salary_yuan", "job_related"];
    private readonly ReferenceDataSet _reference;
    private readonly HashSet<string> _counties;
    private readonly HashSet<string> _education;
    private readonly Dictionary<string, string> _educationLevel;
    private readonly HashSet<string> _technicalNational;
    private readonly Dictionary<string, HashSet<string>> _technicalByProvince;
    private readonly Dictionary<string, (string Type, string Province)> _known = new(StringComparer.Ordinal);
    private readonly DateOnly _today = DateOnly.FromDateTime(DateTime.UtcNow);

    public ContractChecker(ReferenceDataSet reference)
    {
        _reference = reference;
        _counties = [.. reference.Counties.Select(c => c.Code)];
        _education = [.. reference.EducationMajors.Select(m => m.MajorCode)];
        _educationLevel = reference.EducationMajors.ToDictionary(m => m.MajorCode, m => m.Level);
        var scope = reference.MajorCatalogs.ToDictionary(c => c.CatalogCode, c => c.ScopeRegionCode);
        _technicalNational = [.. reference.TechnicalMajors.Where(m => scope[m.CatalogCode] == "CN").Select(m => m.MajorCode)];
        _technicalByProvince = reference.TechnicalMajors.Where(m => scope[m.CatalogCode] != "CN")
            .GroupBy(m => scope[m.CatalogCode]).ToDictionary(g => g.Key, g => g.Select(m => m.MajorCode).ToHashSet());
    }

    /// <summary>Checks every file under <paramref name="directory"/> (manifest.json excepted) in ingest order.</summary>
    public List<FileVerdict> CheckFolder(string directory)
    {
        var files = Directory.EnumerateFiles(directory, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(directory, f).Replace('\\', '/'))
            .Where(f => f != "manifest.json")
            .OrderBy(f => Array.IndexOf(_kindOrder, f.Split('/')[1]))
            .ThenBy(f => f, StringComparer.Ordinal)
            .ToList();
        return [.. files.Select(f => CheckFile(directory, f))];
    }

    private FileVerdict CheckFile(string directory, string path)
    {
        var file = SubmissionReader.Read(Path.Combine(directory, path));
        if (file is null)
        {
            return new FileVerdict(path, null, 0, "quarantine", "file_unreadable", 0, []);
        }

        var template = SubmissionTemplates.All.FirstOrDefault(t => t.Columns.Where(c => c.Required).All(c => file.Columns.Contains(c.Name))
            && file.Columns.All(c => c is not null && t.Columns.Any(x => x.Name == c)));
        if (template is null)
        {
            return new FileVerdict(path, null, file.Rows.Count, "quarantine", "file_unknown_kind", 0, []);
        }

        var rows = file.Rows.Select(r => new Row(file.Columns, r)).ToList();
        var submitterColumn = template.Kind == SubmissionKind.RegionalIndustry ? "region_code" : "school_code";
        var yearColumn = template.Kind switch
        {
            SubmissionKind.RegionalIndustry => "year",
            SubmissionKind.GraduateDestination => "graduation_year",
            _ => "academic_year",
        };
        var submitter = Majority(rows.Select(r => r[submitterColumn]));
        var year = Majority(rows.Select(r => r[yearColumn]));
        var rejections = new List<Rejection>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < rows.Count; i++)
        {
            var found = new List<(string Column, string Rule)>();
            var row = rows[i];
            if (row.FieldCount < file.Columns.Length)
            {
                found.Add((string.Empty, "truncated_row"));
            }
            else
            {
                CheckRow(template, row, found, seen);
                if (row[submitterColumn] is { } s && s != submitter)
                {
                    found.Add((submitterColumn, "other_submitter"));
                }

                if (row[yearColumn] is { } y && y != year)
                {
                    found.Add((yearColumn, "other_submitter"));
                }
            }

            rejections.AddRange(found.Distinct().Select(f => new Rejection(path, i + 1, f.Column, f.Rule)));
        }

        var rejected = rejections.Select(r => r.Row).Distinct().Count();
        var quarantine = rows.Count >= 50 && rejected > rows.Count * 0.2;
        if (!quarantine && template.Kind == SubmissionKind.SchoolProfile)
        {
            var bad = rejections.Select(r => r.Row).ToHashSet();
            for (var i = 0; i < rows.Count; i++)
            {
                if (!bad.Contains(i + 1) && rows[i]["school_code"] is { } code)
                {
                    var type = SchoolType(rows[i]["school_type"]) ?? string.Empty;
                    _known[code] = (type, rows[i]["county_code"]?[..2] ?? string.Empty);
                }
            }
        }

        return new FileVerdict(path, template.Name, rows.Count, quarantine ? "quarantine" : "load", quarantine ? "rejection_rate_exceeded" : null,
            quarantine ? rows.Count : rejected, rejections);
    }

    private void CheckRow(SubmissionTemplate template, Row row, List<(string, string)> found, HashSet<string> seen)
    {
        foreach (var c in template.Columns.Where(c => c.Required && row[c.Name] is null))
        {
            found.Add((c.Name, "required"));
        }

        switch (template.Kind)
        {
            case SubmissionKind.SchoolProfile:
                Digits(row, "school_code", 10, found);
                Choice(row, "school_type", template, found);
                Choice(row, "sponsor", template, found);
                County(row, "county_code", found);
                Year(row, "academic_year", found);
                foreach (var c in new[] { "students_total", "fulltime_teachers", "dual_qualified_teachers", "parttime_teachers", "parttime_teaching_hours", "practice_workstations", "partner_enterprises" })
                {
                    Number(row, c, integer: true, found);
                }

                Number(row, "equipment_value_yuan", integer: false, found);
                if (Int(row["dual_qualified_teachers"]) is { } dual && Int(row["fulltime_teachers"]) is { } full && dual > full)
                {
                    found.Add(("dual_qualified_teachers", "dual_qualified_exceeds_fulltime"));
                }

                Duplicate("school_code", (row["school_code"] ?? string.Empty) + "/" + row["academic_year"], row["school_code"]?.Length == 10, seen, found);
                break;
            case SubmissionKind.RegionalIndustry:
                Year(row, "year", found);
                Choice(row, "priority", template, found);
                if (row["industry_section"] is { } section && (section.Length != 1 || section[0] < 'A' || section[0] > 'T'))
                {
                    found.Add(("industry_section", "invalid_value"));
                }

                Number(row, "value_added_100m_yuan", integer: false, found);
                Number(row, "employment_10k", integer: false, found);
                Duplicate("industry_section", row["industry_section"], row["industry_section"] is { Length: 1 }, seen, found);
                break;
            default:
                CheckStudentRow(template, row, found, seen);
                break;
        }
    }

    private void CheckStudentRow(SubmissionTemplate template, Row row, List<(string, string)> found, HashSet<string> seen)
    {
        var enrollment = template.Kind == SubmissionKind.Enrollment;
        Digits(row, "school_code", 10, found);
        Year(row, enrollment ? "academic_year" : "graduation_year", found);
        var idValid = CitizenIdValid(row, found);
        Duplicate("citizen_id", row["citizen_id"], idValid, seen, found);
        var school = row["school_code"] is { Length: 10 } code ? code : null;
        var known = school is not null && _known.ContainsKey(school);
        if (school is not null && !known)
        {
            found.Add(("school_code", "unknown_school"));
        }

        var major = row["major_code"];
        if (major is not null && major.Length is not (4 or 6) || (major is not null && !major.All(char.IsAsciiDigit)))
        {
            found.Add(("major_code", "invalid_code"));
        }
        else if (major is not null && known && school is not null)
        {
            var (type, province) = _known[school];
            var inCatalog = major.Length == 6 ? _education.Contains(major) : _technicalNational.Contains(major) || (_technicalByProvince.GetValueOrDefault(province)?.Contains(major) ?? false);
            if (!inCatalog)
            {
                found.Add(("major_code", "unknown_major"));
            }
            else
            {
                var level = major.Length == 6 ? _educationLevel[major] : MajorLevels.Technical;
                var fiveYearException = enrollment && type == MajorLevels.Associate && level == MajorLevels.Secondary
                    && Canon(template, "route", row["route"]) == "five_year" && Int(row["grade"]) is >= 1 and <= 3;
                if (level != type && !fiveYearException)
                {
                    found.Add(("major_code", "major_level_mismatch"));
                }
            }
        }

        if (enrollment)
        {
            CheckEnrollment(template, row, found, idValid, known ? _known[school ?? string.Empty].Type : null);
        }
        else
        {
            CheckGraduate(template, row, found);
        }
    }

    private void CheckEnrollment(SubmissionTemplate template, Row row, List<(string, string)> found, bool idValid, string? schoolType)
    {
        Year(row, "academic_year", found);
        Year(row, "entry_year", found);
        if (Int(row["entry_year"]) is { } entry && Int(row["academic_year"]) is { } academic && entry > academic)
        {
            found.Add(("entry_year", "entry_year_after_academic_year"));
        }

        if (Int(row["grade"]) is { } grade && grade is < 1 or > 6)
        {
            found.Add(("grade", "out_of_range"));
        }

        County(row, "home_county_code", found);
        Choice(row, "route", template, found);
        Choice(row, "status", template, found);
        var gender = Canon(template, "gender", row["gender"]);
        if (row["gender"] is not null && gender is null)
        {
            found.Add(("gender", "invalid_value"));
        }
        else if (gender is not null && idValid && ((row["citizen_id"]![16] - '0') % 2 == 1) != (gender == "M")) // idValid means the ID is present
        {
            found.Add(("gender", "gender_mismatch"));
        }

        if (schoolType == MajorLevels.Technical)
        {
            var training = Canon(template, "training_level", row["training_level"]);
            var entryLevel = Canon(template, "entry_level", row["entry_level"]);
            if (row["training_level"] is null)
            {
                found.Add(("training_level", "required"));
            }

            if (row["entry_level"] is null)
            {
                found.Add(("entry_level", "required"));
            }

            if (training is not null && entryLevel is not null)
            {
                var duration = _reference.TechnicalDuration(training, entryLevel);
                if (duration is null)
                {
                    found.Add(("training_level", "technical_level_pair"));
                }
                else if (Int(row["grade"]) is { } g && g > duration)
                {
                    found.Add(("grade", "technical_grade_exceeds_duration"));
                }
            }
        }
    }

    private void CheckGraduate(SubmissionTemplate template, Row row, List<(string, string)> found)
    {
        var destination = row["destination_code"];
        if (destination is not null && !_destinations.Contains(destination))
        {
            found.Add(("destination_code", "invalid_value"));
        }

        if (destination is not null && _destinations.Contains(destination))
        {
            foreach (var f in _employerFields)
            {
                if (_employed.Contains(destination) && row[f] is null)
                {
                    found.Add((f, "employed_fields_missing"));
                }
                else if (!_employed.Contains(destination) && row[f] is not null)
                {
                    found.Add((f, "non_employed_fields_present"));
                }
            }
        }

        if (row["employer_industry"] is { } industry)
        {
            if (industry.Length != 2 || !industry.All(char.IsAsciiDigit))
            {
                found.Add(("employer_industry", "invalid_code"));
            }
            else if (int.Parse(industry, CultureInfo.InvariantCulture) is < 1 or > 97)
            {
                found.Add(("employer_industry", "invalid_value"));
            }
        }

        County(row, "employer_county_code", found);
        if (row["monthly_salary_yuan"] is { } salary)
        {
            if (!decimal.TryParse(salary, NumberStyles.Number, CultureInfo.InvariantCulture, out var s))
            {
                found.Add(("monthly_salary_yuan", "not_a_number"));
            }
            else if (s <= 0 || s > 200000)
            {
                found.Add(("monthly_salary_yuan", "out_of_range"));
            }
        }

        if (row["job_related"] is not null && Canon(template, "job_related", row["job_related"]) is null)
        {
            found.Add(("job_related", "invalid_value"));
        }

        if (row["survey_date"] is { } date)
        {
            if (!DateOnly.TryParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d))
            {
                found.Add(("survey_date", "invalid_date"));
            }
            else
            {
                if (Int(row["graduation_year"]) is { } gy && d < new DateOnly(gy, 6, 1))
                {
                    found.Add(("survey_date", "survey_date_too_early"));
                }

                if (d > _today)
                {
                    found.Add(("survey_date", "survey_date_in_future"));
                }
            }
        }
    }

    private static bool CitizenIdValid(Row row, List<(string, string)> found)
    {
        var id = row["citizen_id"];
        if (id is null)
        {
            return false;
        }

        if (row.IsNumeric("citizen_id"))
        {
            found.Add(("citizen_id", "citizen_id_stored_as_number"));
            return false;
        }

        var formatOk = id.Length == 18 && id[..17].All(char.IsAsciiDigit) && (char.IsAsciiDigit(id[17]) || id[17] == 'X')
            && DateOnly.TryParseExact(id.Substring(6, 8), "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _);
        if (!formatOk)
        {
            found.Add(("citizen_id", "citizen_id_format"));
            return false;
        }

        int[] weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
        var sum = 0;
        for (var i = 0; i < 17; i++)
        {
            sum += (id[i] - '0') * weights[i];
        }

        if ("10X98765432"[sum % 11] != id[17])
        {
            found.Add(("citizen_id", "citizen_id_check_digit"));
            return false;
        }

        return true;
    }

    private static void Duplicate(string column, string? key, bool valid, HashSet<string> seen, List<(string, string)> found)
    {
        if (valid && key is not null && !seen.Add(key))
        {
            found.Add((column, "duplicate_row"));
        }
    }

    private void County(Row row, string column, List<(string, string)> found)
    {
        if (row[column] is not { } code)
        {
            return;
        }

        if (code.Length != 6 || !code.All(char.IsAsciiDigit))
        {
            found.Add((column, "invalid_code"));
        }
        else if (!_counties.Contains(code))
        {
            found.Add((column, "unknown_county"));
        }
    }

    private static void Digits(Row row, string column, int length, List<(string, string)> found)
    {
        if (row[column] is { } v && (v.Length != length || !v.All(char.IsAsciiDigit)))
        {
            found.Add((column, "invalid_code"));
        }
    }

    private void Year(Row row, string column, List<(string, string)> found)
    {
        if (row[column] is null)
        {
            return;
        }

        if (Int(row[column]) is not { } y)
        {
            found.Add((column, "not_a_number"));
        }
        else if (y < 2000 || y > _today.Year + 1)
        {
            found.Add((column, "out_of_range"));
        }
    }

    private static void Number(Row row, string column, bool integer, List<(string, string)> found)
    {
        if (row[column] is not { } v)
        {
            return;
        }

        if (!decimal.TryParse(v, NumberStyles.Number, CultureInfo.InvariantCulture, out var d) || (integer && d != Math.Floor(d)))
        {
            found.Add((column, "not_a_number"));
        }
        else if (d < 0)
        {
            found.Add((column, "out_of_range"));
        }
    }

    private static void Choice(Row row, string column, SubmissionTemplate template, List<(string, string)> found)
    {
        if (row[column] is { } v && Canon(template, column, v) is null)
        {
            found.Add((column, "invalid_value"));
        }
    }

    private static string? Canon(SubmissionTemplate template, string column, string? value)
    {
        if (value is null)
        {
            return null;
        }

        var choices = template.Columns[template.IndexOf(column)].ChoicesZh ?? new Dictionary<string, string>();
        return choices.Keys.FirstOrDefault(k => string.Equals(k, value, StringComparison.OrdinalIgnoreCase) || choices[k] == value);
    }

    private static string? SchoolType(string? value) =>
        value is null ? null : Canon(SubmissionTemplates.SchoolProfile, "school_type", value);

    private static int? Int(string? value) => int.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var n) ? n : null;

    private static string? Majority(IEnumerable<string?> values) =>
        values.Where(v => v is not null).GroupBy(v => v).OrderByDescending(g => g.Count()).Select(g => g.Key).FirstOrDefault();

    private sealed class Row(string?[] columns, ReadRow row)
    {
        public int FieldCount => row.FieldCount;

        public string? this[string column] => Array.IndexOf(columns, column) is var i and >= 0 ? row.Values[i] : null;

        public bool IsNumeric(string column) => Array.IndexOf(columns, column) is var i and >= 0 && row.NumericCells.Contains(i);
    }
}

using VocEd.Etl.Extract;
using VocEd.Etl.Templates;
using VocEd.Etl.Tests.TestSupport;
using VocEd.Etl.Validate;
using static VocEd.Etl.Templates.ColumnNames;

namespace VocEd.Etl.Tests.Validate;

/// <summary>
/// The checker and the validators remember the last value each column accepted, by string instance (a CSV reader
/// hands out one string for a repeated short field). These files share string instances between rows — the same
/// code under another school, the same number in another column or range, the same empty value where it is and is
/// not required — and every row must come out exactly as it does alone, with strings of its own.
/// </summary>
public sealed class RememberedReadingsTests
{
    [Test]
    public void Enrollment_rows_sharing_strings_validate_as_they_do_alone()
    {
        var s = Shared();
        var rows = new[]
        {
            Enrollment(s, []),
            Enrollment(s, [(SchoolCode, s["associate"])]), // the major accepted above, now under an associate school
            Enrollment(s, [(SchoolCode, s["associate"]), (Route, s["five_year"]), (Grade, s["2"])]), // … where five_year grade 2 allows it
            Enrollment(s, [(SchoolCode, s["associate"]), (Route, s["five_year"]), (Grade, s["4"])]), // … and grade 4 does not
            Enrollment(s, [(AcademicYear, s["2023"]), (EntryYear, s["2024"])]), // years accepted, their order not
            Enrollment(s, [(Grade, s["2024"])]), // a number accepted as a year, out of the grade's range
            Enrollment(s, [(EntryYear, s["2"])]), // a number accepted as a grade, not a year
            Enrollment(s, [(HomeCountyCode, s["999999"])]), // unknown county, twice
            Enrollment(s, [(HomeCountyCode, s["999999"])]),
            Enrollment(s, [(SchoolCode, s["unknown"])]), // unknown school, twice
            Enrollment(s, [(SchoolCode, s["unknown"])]),
            Enrollment(s, [(SchoolCode, s["technical"]), (MajorCode, s["0127"]), (TrainingLevel, s["senior"]), (EntryLevel, s["junior"])]),
            Enrollment(s, [(SchoolCode, s["technical"]), (MajorCode, s["0127"]), (TrainingLevel, s[""]), (EntryLevel, s["junior"])]), // required here …
            Enrollment(s, [(TrainingLevel, s[""])]), // … not here
            Enrollment(s, [(Gender, s["M"])]), // gender against the ID
            Enrollment(s, [(MajorCode, s["0127"])]), // a code accepted as technical, unknown to a secondary school
            Enrollment(s, []),
        };

        AssertAsAlone(SubmissionKind.Enrollment, rows);
    }

    [Test]
    public void Graduate_rows_sharing_strings_validate_as_they_do_alone()
    {
        var s = Shared();
        var rows = new[]
        {
            Graduate(s, []),
            Graduate(s, [(DestinationCode, s["80"]), (EmployerIndustry, s[""]), (EmployerCountyCode, s[""]), (MonthlySalaryYuan, s[""]), (JobRelated, s[""])]),
            Graduate(s, [(DestinationCode, s["80"])]), // not employed, with employment fields
            Graduate(s, [(DestinationCode, s["99x"])]), // no such destination, twice
            Graduate(s, [(DestinationCode, s["99x"])]),
            Graduate(s, [(EmployerIndustry, s["00"])]), // no such division
            Graduate(s, [(SurveyDate, s["2025-02-30"])]), // no such day
            Graduate(s, [(SurveyDate, s["2025-05-01"])]), // before June of the graduation year
            Graduate(s, [(SurveyDate, s["2025-10-01"])]), // after "today"
            Graduate(s, [(GraduationYear, s["2024"]), (SurveyDate, s["2025-05-01"])]),
            Graduate(s, [(MajorCode, s["710212"])]), // a secondary major under an associate school
            Graduate(s, []),
        };

        AssertAsAlone(SubmissionKind.GraduateDestination, rows);
    }

    [Test]
    public void A_remembered_value_counts_only_for_the_same_reading()
    {
        var template = SubmissionTemplates.Enrollment;
        var grade = template.IndexOf(Grade);
        var checker = new RowChecker(template, 2025);
        var values = template.Columns.Select(_ => string.Empty).ToArray();
        values[grade] = new string("2024".AsSpan());
        checker.Reset(new RawRow(1, values), recordsFailures: true);

        Assert.Multiple(() =>
        {
            Assert.That(checker.Year(grade), Is.EqualTo(2024));
            Assert.That(checker.WholeNumber(grade, true, 1, 6), Is.Null, "another range");
            Assert.That(checker.Digits(grade, true, 4), Is.EqualTo("2024"));
            Assert.That(checker.Digits(grade, true, 6), Is.Null, "another length");
            Assert.That(checker.Year(grade), Is.EqualTo(2024), "the year again");
            Assert.That(checker.Violations?.Select(v => v.RuleId), Is.EqualTo(new[] { RuleIds.OutOfRange, RuleIds.InvalidCode }));
        });
    }

    [TestCase("2024-06-30")]
    [TestCase("2024-02-29")]
    [TestCase("2023-02-29")]
    [TestCase("2024-13-01")]
    [TestCase("2024-00-10")]
    [TestCase("2024-6-30")]
    [TestCase("0000-01-01")]
    [TestCase("2024/06/30")]
    [TestCase("２024-06-30")]
    [TestCase(" 2024-06-30")]
    public void Dates_read_by_hand_as_the_framework_reads_them(string text)
    {
        var framework = DateOnly.TryParseExact(text, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var expected);

        Assert.That(RowChecker.TryParseIsoDate(text, out var date), Is.EqualTo(framework));
        Assert.That(date, Is.EqualTo(expected));
    }

    /// <summary>One instance per text, as a reader's table of recent fields gives them.</summary>
    private static Dictionary<string, string> Shared()
    {
        string[] texts =
        [
            "", "2", "4", "2023", "2024", "M", "five_year", "senior", "junior", "0127", "710212", "999999", "80", "99x", "00",
            "2025-02-30", "2025-05-01", "2025-10-01",
        ];
        var shared = texts.ToDictionary(t => t, t => new string(t.AsSpan()), StringComparer.Ordinal);
        shared["associate"] = new string(TestRows.AssociateSchool.AsSpan());
        shared["technical"] = new string(TestRows.TechnicalSchool.AsSpan());
        shared["unknown"] = "4401999999";
        return shared;
    }

    private static Dictionary<string, string> Enrollment(Dictionary<string, string> shared, (string Column, string Value)[] changes) =>
        SharedRow(SubmissionKind.Enrollment, shared, changes);

    private static Dictionary<string, string> Graduate(Dictionary<string, string> shared, (string Column, string Value)[] changes) =>
        SharedRow(SubmissionKind.GraduateDestination, shared, changes);

    /// <summary>A valid row whose values are the shared instances (every row of the file the same string for the same text).</summary>
    private static Dictionary<string, string> SharedRow(SubmissionKind kind, Dictionary<string, string> shared, (string Column, string Value)[] changes)
    {
        var row = TestRows.With(kind, changes);
        foreach (var column in row.Keys.ToList())
        {
            var text = row[column];
            if (!shared.TryGetValue(text, out var instance))
            {
                shared[text] = instance = new string(text.AsSpan());
            }

            row[column] = instance;
        }

        return row;
    }

    private static void AssertAsAlone(SubmissionKind kind, Dictionary<string, string>[] rows)
    {
        // A student of her own on every row (female: even sequence), so that no row is another's duplicate.
        for (var i = 0; i < rows.Length; i++)
        {
            rows[i][ColumnNames.CitizenId] = TestRows.Id(sequence: (2 * (i + 1)).ToString("000", System.Globalization.CultureInfo.InvariantCulture));
        }

        var inFile = TestRows.ValidateAll(kind, TestRows.Identity(kind), rows);
        for (var i = 0; i < rows.Length; i++)
        {
            // Alone: a validator of its own and strings of its own (no instance in common with any other row).
            var own = rows[i].ToDictionary(p => p.Key, p => new string(p.Value.AsSpan()), StringComparer.Ordinal);
            var alone = TestRows.ValidateAll(kind, TestRows.Identity(kind), own)[0];
            Assert.Multiple(() =>
            {
                Assert.That(inFile[i].Failures(), Is.EqualTo(alone.Failures()), $"row {i + 1}: failures");
                Assert.That(inFile[i].Violations.Select(v => (v.Value, v.Limit)), Is.EqualTo(alone.Violations.Select(v => (v.Value, v.Limit))), $"row {i + 1}: values and limits");
                Assert.That(inFile[i].Record, Is.EqualTo(alone.Record), $"row {i + 1}: record");
            });
        }

        // The file exercises what it is meant to: rows rejected and rows accepted.
        Assert.That(inFile.Count(r => r.IsRejected), Is.InRange(1, rows.Length - 2));
    }
}

using VocEd.Generator.Output;
using VocEd.Generator.People;
using VocEd.Generator.Randomness;
using VocEd.Generator.Templates;
using VocEd.Warehouse.Reference;

namespace VocEd.Generator.Faults;

/// <summary>
/// Puts row faults into a file's clean rows at a given rate, at most one per row, each chosen so that it triggers
/// exactly one rule of the contract (no knock-on rules): e.g. an empty route (not an empty major code), entry_year 1999
/// (not grade 7, which would also exceed a technical programme), negative partner_enterprises (not negative teachers,
/// which would also trip dual_qualified_exceeds_fulltime). A duplicate row is an exact copy placed right after the original.
/// </summary>
internal static class RowFaultInjector
{
    private static readonly string[] _employedCodes = ["10", "11", "12", "27", "46", "50", "51", "75", "76"];
    private static readonly string[] _employerFields = ["employer_industry", "employer_county_code", "monthly_salary_yuan", "job_related"];

    public static List<OutputRow> Apply(IReadOnlyList<string?[]> clean, FileContext context, double rate, ref Prng rng, List<InjectedFault> faults)
    {
        var output = new List<OutputRow>(clean.Count + 4);
        foreach (var original in clean)
        {
            if (rate <= 0 || !rng.Chance(rate))
            {
                output.Add(new OutputRow(original));
                continue;
            }

            var row = (string?[])original.Clone();
            var kinds = Applicable(context, row);
            var kind = kinds[rng.Next(kinds.Count)];
            if (kind == FaultKinds.DuplicateRow)
            {
                output.Add(new OutputRow(original));
                output.Add(new OutputRow(original));
                faults.Add(new InjectedFault(output.Count, KeyColumn(context.Template), kind, RuleIds.DuplicateRow));
                continue;
            }

            var (column, rule, asNumber) = Mutate(kind, row, context, ref rng);
            output.Add(new OutputRow(row, asNumber));
            faults.Add(new InjectedFault(output.Count, column, kind, rule));
        }

        return output;
    }

    private static List<string> Applicable(FileContext context, string?[] row)
    {
        var t = context.Template;
        var kinds = new List<string> { FaultKinds.MissingRequired, FaultKinds.DuplicateRow };
        if (t.Kind is SubmissionKind.Enrollment or SubmissionKind.GraduateDestination)
        {
            kinds.Add(FaultKinds.InvalidCheckDigit);
            kinds.Add(FaultKinds.UnknownMajor);
            if (context.School?.SchoolType != MajorLevels.Technical)
            {
                kinds.Add(FaultKinds.MajorLevelMismatch);
            }

            if (context.Format == SubmissionFormat.Xlsx && row[t.IndexOf("citizen_id")] is { } id && id[^1] != 'X')
            {
                kinds.Add(FaultKinds.CitizenIdAsNumber);
            }
        }

        if (t.Kind == SubmissionKind.Enrollment)
        {
            kinds.Add(FaultKinds.GenderMismatch);
        }

        if (t.Kind != SubmissionKind.GraduateDestination || IsEmployed(row, t))
        {
            kinds.Add(FaultKinds.OutOfRange);
        }

        return kinds;
    }

    private static (string Column, string Rule, bool AsNumber) Mutate(string kind, string?[] row, FileContext context, ref Prng rng)
    {
        var t = context.Template;
        switch (kind)
        {
            case FaultKinds.InvalidCheckDigit:
                Set(row, t, "citizen_id", CitizenId.WithWrongCheckDigit(row[t.IndexOf("citizen_id")] ?? string.Empty));
                return ("citizen_id", RuleIds.CitizenIdCheckDigit, false);
            case FaultKinds.CitizenIdAsNumber:
                return ("citizen_id", RuleIds.CitizenIdStoredAsNumber, true);
            case FaultKinds.GenderMismatch:
                Set(row, t, "gender", row[t.IndexOf("gender")] == "M" ? "F" : "M");
                return ("gender", RuleIds.GenderMismatch, false);
            case FaultKinds.UnknownMajor:
                Set(row, t, "major_code", UnknownMajor(context, ref rng));
                return ("major_code", RuleIds.UnknownMajor, false);
            case FaultKinds.MajorLevelMismatch:
                var level = context.School?.SchoolType == MajorLevels.Secondary || context.School?.SchoolType == MajorLevels.Bachelor
                    ? MajorLevels.Associate
                    : MajorLevels.Bachelor;
                Set(row, t, "major_code", rng.Pick(context.Majors.OfLevel(level)).Code);
                return ("major_code", RuleIds.MajorLevelMismatch, false);
            case FaultKinds.OutOfRange:
                return t.Kind switch
                {
                    SubmissionKind.SchoolProfile => Put(row, t, "partner_enterprises", "-3", RuleIds.OutOfRange),
                    SubmissionKind.Enrollment => Put(row, t, "entry_year", "1999", RuleIds.OutOfRange),
                    SubmissionKind.GraduateDestination => Put(row, t, "monthly_salary_yuan", "250000.00", RuleIds.OutOfRange),
                    _ => Put(row, t, "employment_10k", "-1.50", RuleIds.OutOfRange),
                };
            default:
                return t.Kind switch
                {
                    SubmissionKind.SchoolProfile => Put(row, t, "school_name", null, RuleIds.Required),
                    SubmissionKind.Enrollment => Put(row, t, rng.Pick(["route", "status", "home_county_code"]), null, RuleIds.Required),
                    SubmissionKind.GraduateDestination when IsEmployed(row, t) && rng.Chance(0.5) =>
                        Put(row, t, rng.Pick(_employerFields), null, RuleIds.EmployedFieldsMissing),
                    SubmissionKind.GraduateDestination => Put(row, t, "survey_date", null, RuleIds.Required),
                    _ => Put(row, t, "value_added_100m_yuan", null, RuleIds.Required),
                };
        }
    }

    private static string UnknownMajor(FileContext context, ref Prng rng)
    {
        var school = context.School;
        var type = school?.SchoolType ?? MajorLevels.Secondary;
        if (type == MajorLevels.Technical && school is not null && context.Majors.FeaturedOutside(school.ProvinceCode) is { Count: > 0 } featured && rng.Chance(0.5))
        {
            return rng.Pick(featured).Code;
        }

        return context.Majors.UnknownCode(type, rng.Next(1000));
    }

    private static bool IsEmployed(string?[] row, SubmissionTemplate t) =>
        t.Kind == SubmissionKind.GraduateDestination && _employedCodes.Contains(row[t.IndexOf("destination_code")]);

    private static (string, string, bool) Put(string?[] row, SubmissionTemplate t, string column, string? value, string rule)
    {
        Set(row, t, column, value);
        return (column, rule, false);
    }

    private static void Set(string?[] row, SubmissionTemplate t, string column, string? value) => row[t.IndexOf(column)] = value;

    public static string KeyColumn(SubmissionTemplate t) => t.Kind switch
    {
        SubmissionKind.SchoolProfile => "school_code",
        SubmissionKind.RegionalIndustry => "industry_section",
        _ => "citizen_id",
    };
}

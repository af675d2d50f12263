using VocEd.Etl.Pseudonymize;
using VocEd.Etl.Records;
using VocEd.Etl.Templates;

namespace VocEd.Etl.Validate;

/// <summary>Every rule of a regional_industry row (one region, year and industry section).</summary>
internal sealed class RegionalIndustryRowValidator : RowValidator
{
    private static SubmissionTemplate T { get; } = SubmissionTemplates.RegionalIndustry;
    private static int Region { get; } = T.IndexOf(ColumnNames.RegionCode);
    private static int Year { get; } = T.IndexOf(ColumnNames.Year);
    private static int Section { get; } = T.IndexOf(ColumnNames.IndustrySection);
    private static int ValueAdded { get; } = T.IndexOf(ColumnNames.ValueAdded100mYuan);
    private static int Employment { get; } = T.IndexOf(ColumnNames.Employment10k);
    private static int Priority { get; } = T.IndexOf(ColumnNames.Priority);

    private readonly Dictionary<string, long> _seen = new(StringComparer.Ordinal);

    public RegionalIndustryRowValidator(IValidationContext context, SubmissionIdentity identity, Pseudonymizer pseudonymizer)
        : base(T, context, identity, pseudonymizer)
    {
    }

    protected override SubmissionRecord Check(RowChecker row, bool isComplete)
    {
        string? region = null;
        if (row.Text(Region, true) is { } rawRegion)
        {
            region = RegionCode.Normalize(rawRegion);
            if (region is null)
            {
                row.Fail(RuleIds.InvalidCode, Region, rawRegion, "CN/2/4/6");
            }
        }

        CheckSubmitter(row, Region, region);
        var year = row.Year(Year);
        CheckYear(row, Year, year);

        string? section = null;
        if (row.Text(Section, true) is { } rawSection)
        {
            var upper = HeaderText.Normalize(rawSection).ToUpperInvariant();
            if (Context.IsIndustrySection(upper))
            {
                section = upper;
                CheckDuplicate(_seen, section, row, Section, section, isComplete);
            }
            else
            {
                row.Fail(RuleIds.InvalidValue, Section, rawSection, "A–T");
            }
        }

        return new RegionalIndustryRecord
        {
            RegionCode = region,
            Year = year,
            IndustrySection = section,
            ValueAdded100mYuan = row.Number(ValueAdded, true, x => x >= 0 && x < ColumnBounds.RegionalIndustryBelow, ColumnBounds.RegionalIndustryRange),
            Employment10k = row.Number(Employment, true, x => x >= 0 && x < ColumnBounds.RegionalIndustryBelow, ColumnBounds.RegionalIndustryRange),
            Priority = row.Enum(Priority, true),
        };
    }
}

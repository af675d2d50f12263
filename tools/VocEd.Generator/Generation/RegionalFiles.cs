using VocEd.Generator.Rows;
using VocEd.Generator.Templates;

namespace VocEd.Generator.Generation;

/// <summary>
/// Writes regional_industry of every calendar year of the run for each province of the plan, the nation (CN) and the
/// prefectures that submit their own (<see cref="Planning.GeneratorPlan.IndustryPrefectures"/>).
/// </summary>
internal static class RegionalFiles
{
    public static Outcome Write(RunContext run)
    {
        var outcome = new Outcome();
        for (var year = run.Options.FirstYear; year <= run.Options.Year; year++)
        {
            foreach (var region in run.Plan.Provinces.Append("CN").Concat(run.Plan.IndustryPrefectures))
            {
                var rows = RegionalIndustryRows.Build(region, year, run.Options.Seed);
                var plan = FilePlanner.Plan(run, SubmissionTemplates.RegionalIndustry, null, region, year, year, rows, allowFaults: true);
                PlanWriter.Write(run, plan, outcome, null);
            }
        }

        return outcome;
    }
}

using VocEd.Generator.Planning;
using VocEd.Generator.Rows;
using VocEd.Generator.Students;
using VocEd.Generator.Templates;

namespace VocEd.Generator.Generation;

/// <summary>
/// Writes every file of one school for every year of the run: school_profile and enrollment of academic year Y,
/// graduate_destination of graduation year Y+1 (folder Y). Profiles are planned first: when none of them would load,
/// the school is unknown to the ETL and all its enrollment and graduate rows are listed as unknown_school rejections.
/// </summary>
internal static class SchoolFiles
{
    public static Outcome Write(RunContext run, PlannedSchool school)
    {
        var outcome = new Outcome();
        var options = run.Options;
        var roster = new SchoolRoster(school, options.Seed, options.FirstYear, options.Year, run.Geography);
        var profiles = new List<FilePlan>();
        for (var year = options.FirstYear; year <= options.Year; year++)
        {
            var row = SchoolProfileRows.Build(school, year, roster.CountedIn(year), options.Seed);
            profiles.Add(FilePlanner.Plan(run, SubmissionTemplates.SchoolProfile, school, school.Code, year, year, [row], allowFaults: true));
        }

        var orphan = !profiles.Any(p => p.LoadsAnyRow);
        var cause = orphan ? $"no school_profile row of school {school.Code} loads (all rejected or quarantined)" : null;
        foreach (var profile in profiles)
        {
            PlanWriter.Write(run, profile, outcome, null);
        }

        for (var year = options.FirstYear; year <= options.Year; year++)
        {
            var y = year;
            var enrollment = roster.In(y).Select(s => EnrollmentRows.Build(school, s, y)).ToList();
            if (enrollment.Count > 0)
            {
                var plan = FilePlanner.Plan(run, SubmissionTemplates.Enrollment, school, school.Code, y, y, enrollment, allowFaults: !orphan);
                PlanWriter.Write(run, plan, outcome, cause);
            }

            var placement = DestinationModel.PlacementRate(school, y + 1, options.Seed);
            var graduates = roster.GraduatingAfter(y).Select(s => run.Destinations.Build(school, s, y + 1, placement)).ToList();
            if (graduates.Count > 0)
            {
                var plan = FilePlanner.Plan(run, SubmissionTemplates.GraduateDestination, school, school.Code, y + 1, y, graduates, allowFaults: !orphan);
                PlanWriter.Write(run, plan, outcome, cause);
            }
        }

        return outcome;
    }
}

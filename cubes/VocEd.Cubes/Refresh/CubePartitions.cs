using VocEd.Warehouse.Model.Etl;

namespace VocEd.Cubes.Refresh;

/// <summary>
/// Which (school, academic year) partitions and which academic years the submissions whose status
/// changed since the last refresh touch. enrollment and school_profile of year Y touch (school, Y);
/// graduate_destination of graduation year G touches (school, G − 1); regional_industry of calendar
/// year Y touches the cube rows of academic year Y (alignment and fit) but no school partition.
/// </summary>
internal static class CubePartitions
{
    public static (HashSet<(string SchoolCode, int AcademicYear)> Partitions, HashSet<int> RegionalYears) From(IEnumerable<EtlSubmission> changed)
    {
        var partitions = new HashSet<(string, int)>();
        var regional = new HashSet<int>();
        foreach (var s in changed)
        {
            if (s.Year is not { } year || string.IsNullOrEmpty(s.SubmitterCode))
            {
                continue;
            }

            switch (s.Kind)
            {
                case SubmissionKinds.Enrollment:
                case SubmissionKinds.SchoolProfile:
                    partitions.Add((s.SubmitterCode, year));
                    break;
                case SubmissionKinds.GraduateDestination:
                    partitions.Add((s.SubmitterCode, year - 1));
                    break;
                case SubmissionKinds.RegionalIndustry:
                    regional.Add(year);
                    break;
                default:
                    break;
            }
        }

        return (partitions, regional);
    }
}

using VocEd.Warehouse.Model.Facts;

namespace VocEd.Benchmarks.Libraries;

/// <summary>The fact rows one submission file maps to (one of the two lists is empty): what one load's bulk write sends.</summary>
internal sealed record FactRowsFile(string Path, List<FactEnrollment> Enrollments, List<FactGraduateOutcome> Graduates)
{
    public long Count => Enrollments.Count + Graduates.Count;
}

namespace VocEd.Warehouse.Model.Facts;

/// <summary>Lineage every fact row carries: the submission and the data row it came from.</summary>
public interface IFactRow
{
    long SubmissionId { get; }

    int SourceRowNumber { get; }
}

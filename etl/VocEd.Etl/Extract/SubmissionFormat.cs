namespace VocEd.Etl.Extract;

/// <summary>The file formats a submission may come in.</summary>
public enum SubmissionFormat
{
    Csv,
    Xlsx,
    Json,
}

namespace VocEd.Generator;

/// <summary>A file format a submission may arrive in.</summary>
public enum SubmissionFormat
{
    Csv,
    Xlsx,
    Json,
}

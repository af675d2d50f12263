namespace VocEd.Etl.Records;

/// <summary>
/// The typed, normalized values of one row. A value that was empty or invalid is null; a row without errors has
/// every required value. Personal data is already gone: a citizen ID appears only as its pseudonym.
/// </summary>
public abstract record SubmissionRecord;

namespace VocEd.Etl.Extract;

/// <summary>Why <see cref="CsvRowReader"/> gave up on a record (a limit was broken); reading went on at the line after the record's first.</summary>
public enum CsvRecordFault
{
    /// <summary>The record was read whole.</summary>
    None,

    /// <summary>A field is longer than <see cref="CsvRowReader.MaxFieldChars"/>.</summary>
    FieldTooLong,

    /// <summary>The record is longer than <see cref="CsvRowReader.MaxRecordChars"/>.</summary>
    RecordTooLong,

    /// <summary>A quoted field spans more than <see cref="CsvRowReader.MaxLinesPerField"/> lines (a quote opened and never closed, as a rule).</summary>
    TooManyLines,
}

using System.Globalization;

namespace VocEd.Etl.Extract;

/// <summary>The Chinese reasons a record cannot be read as a row (<see cref="RawRow.Problem"/>): what is wrong and the limit, never a value.</summary>
internal static class RecordProblems
{
    public static string FieldTooLong(int limit) => Format($"某个字段超过 {limit} 个字符");

    public static string RecordTooLong(int limit) => Format($"整条记录超过 {limit} 个字符");

    public static string TooManyLines(int limit) => Format($"带引号的字段跨越超过 {limit} 行（引号可能未闭合）；从下一行继续读取");

    public static string MoreFields(int fields, int headers) => Format($"有 {fields} 个字段，多于表头的 {headers} 个");

    public static string DuplicateKey() => "同一对象中有重复的键";

    public static string TooManyKeys(int limit) => Format($"对象的键超过 {limit} 个");

    public static string TooManyCells() => "该行的单元格超出工作表的列数上限";

    public static string Of(CsvRecordFault fault, ReadLimits limits) => fault switch
    {
        CsvRecordFault.FieldTooLong => FieldTooLong(limits.MaxFieldChars),
        CsvRecordFault.RecordTooLong => RecordTooLong(limits.MaxRecordChars),
        CsvRecordFault.TooManyLines => TooManyLines(limits.MaxLinesPerField),
        _ => throw new ArgumentOutOfRangeException(nameof(fault), fault, "not a fault"),
    };

    private static string Format(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}

namespace VocEd.Etl.Infrastructure;

/// <summary>
/// The last answer of a look-up by a code, kept with the very string it was asked for: a reader hands out one string
/// for a short field that repeats (<c>CsvRowReader</c>'s table of recent fields), so the next row's same code is one
/// reference comparison instead of a dictionary look-up. Exact: the same string gets the same answer. A mutable
/// struct: keep it in a field and call it there.
/// </summary>
internal struct LastLookup<T>
{
    private string? _code;
    private T _answer;

    /// <summary>The answer given for this very string, if it is the last one kept (never for null).</summary>
    public readonly bool TryGet(string? code, out T answer)
    {
        if (code is not null && ReferenceEquals(code, _code))
        {
            answer = _answer;
            return true;
        }

        answer = default!;
        return false;
    }

    /// <summary>Keeps <paramref name="answer"/> for <paramref name="code"/> and returns it.</summary>
    public T Keep(string? code, T answer)
    {
        _code = code;
        _answer = answer;
        return answer;
    }
}

namespace VocEd.Reports.Queries;

/// <summary>The values of some columns of a cube row, compared value by value: the key of <see cref="CubeRows"/>' look-ups.</summary>
internal readonly struct RowKey(object?[] values) : IEquatable<RowKey>
{
    private readonly object?[] _values = values;

    public bool Equals(RowKey other)
    {
        if (_values.Length != other._values.Length)
        {
            return false;
        }

        for (var i = 0; i < _values.Length; i++)
        {
            if (!Equals(_values[i], other._values[i]))
            {
                return false;
            }
        }

        return true;
    }

    public override bool Equals(object? obj) => obj is RowKey other && Equals(other);

    public override int GetHashCode()
    {
        var hash = new HashCode();
        foreach (var value in _values)
        {
            hash.Add(value);
        }

        return hash.ToHashCode();
    }
}

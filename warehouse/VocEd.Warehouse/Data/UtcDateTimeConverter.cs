using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace VocEd.Warehouse.Data;

/// <summary>Every `_at` timestamp is UTC: values are stored as UTC and read back with <see cref="DateTimeKind.Utc"/>.</summary>
internal sealed class UtcDateTimeConverter : ValueConverter<DateTime, DateTime>
{
    public UtcDateTimeConverter()
        : base(v => v.Kind == DateTimeKind.Utc ? v : v.ToUniversalTime(), v => DateTime.SpecifyKind(v, DateTimeKind.Utc))
    {
    }
}

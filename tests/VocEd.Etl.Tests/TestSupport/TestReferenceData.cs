using VocEd.Warehouse.Reference;

namespace VocEd.Etl.Tests.TestSupport;

/// <summary>The shipped reference data, loaded once for the tests.</summary>
internal static class TestReferenceData
{
    private static readonly Lazy<ReferenceDataSet> _data = new(() => ReferenceDataSet.Load());

    public static ReferenceDataSet Load() => _data.Value;
}

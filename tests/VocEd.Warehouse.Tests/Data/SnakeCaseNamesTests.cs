using VocEd.Warehouse.Data;

namespace VocEd.Warehouse.Tests.Data;

public sealed class SnakeCaseNamesTests
{
    [TestCase("SubmissionId", "submission_id")]
    [TestCase("ValueAdded100mYuan", "value_added_100m_yuan")]
    [TestCase("Employment10k", "employment_10k")]
    [TestCase("IsSynthetic", "is_synthetic")]
    [TestCase("NameZh", "name_zh")]
    [TestCase("EquipmentValueYuan", "equipment_value_yuan")]
    public void Property_names_become_lower_snake_case(string property, string column) =>
        Assert.That(SnakeCaseNames.ToSnakeCase(property), Is.EqualTo(column));
}

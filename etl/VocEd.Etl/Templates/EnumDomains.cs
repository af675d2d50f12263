namespace VocEd.Etl.Templates;

/// <summary>The closed lists of the submission templates (docs/submissions.md). Reference-backed lists (destination codes, industry sections) live in the validation context.</summary>
public static class EnumDomains
{
    public static EnumDomain SchoolType { get; } = new(
        ("secondary", ["中职", "中等职业学校"]),
        ("associate", ["高职专科"]),
        ("bachelor", ["职业本科", "本科层次职业学校"]),
        ("technical", ["技工院校"]));

    public static EnumDomain Sponsor { get; } = new(("public", ["公办"]), ("private", ["民办"]));

    public static EnumDomain Gender { get; } = new(("M", ["男"]), ("F", ["女"]));

    public static EnumDomain Route { get; } = new(
        ("regular", ["统招"]),
        ("through", ["中高职贯通"]),
        ("five_year", ["五年一贯制"]),
        ("expansion", ["扩招"]));

    public static EnumDomain Status { get; } = new(
        ("enrolled", ["在籍"]),
        ("suspended", ["休学"]),
        ("dropped", ["退学"]),
        ("graduated", ["毕业"]));

    public static EnumDomain TrainingLevel { get; } = new(
        ("intermediate", ["中级工"]),
        ("senior", ["高级工"]),
        ("technician", ["预备技师"]));

    public static EnumDomain EntryLevel { get; } = new(
        ("junior", ["初中起点"]),
        ("senior", ["高中起点"]),
        ("technical", ["中技起点"]),
        ("senior_technical", ["高技起点"]));

    public static EnumDomain JobRelated { get; } = new(("Y", ["是"]), ("N", ["否"]));

    public static EnumDomain Priority { get; } = new(
        ("none", ["无"]),
        ("key", ["重点产业"]),
        ("strategic_emerging", ["战略性新兴产业"]),
        ("future", ["未来产业"]));
}

namespace VocEd.Cubes.Sql;

/// <summary>cube_graduate_fit: employed graduates by major category against the crosswalk, province and priority industries.</summary>
public abstract partial class CubeSql
{
    /// <summary>Deletes the cube_graduate_fit rows of graduation year @year + 1.</summary>
    public static string DeleteGraduateFitYear => "delete from cube_graduate_fit where graduation_year = @year + 1";

    /// <summary>
    /// cube_graduate_fit of graduation year @year + 1: employed graduates by category against crosswalk, province and priority
    /// industries (resolved in cube_base_category). The base keys a category as the crosswalk does (the associate-level code,
    /// or a technical category's name); the cube publishes its code (dim_major_category.cube_code: 41–59, or T01 …) and name.
    /// </summary>
    public static string InsertGraduateFit => $$"""
        with {{_levels}},
        bf as (
            select b.prefecture_code, b.province_code, b.economic_region, b.major_category_code,
                sum(b.graduates) as graduates, sum(b.employed) as employed, sum(b.industry_matched) as industry_matched,
                sum(b.local_province) as local_province, sum(b.priority_industry) as priority_industry
            from cube_base_category b
            where b.academic_year = @year
            group by b.prefecture_code, b.province_code, b.economic_region, b.major_category_code
        ),
        xf as (
            select l.region_level, {{_regionCode}} as region_code, b.major_category_code, b.graduates, b.employed,
                b.industry_matched, b.local_province, b.priority_industry
            from bf b
            cross join lvl l
        ),
        x as (
            select region_level, region_code, major_category_code,
                sum(graduates) as graduates, sum(employed) as employed, sum(industry_matched) as industry_matched,
                sum(local_province) as local_province, sum(priority_industry) as priority_industry
            from xf
            where region_code is not null
            group by region_level, region_code, major_category_code
            having sum(graduates) > 0
        )
        insert into cube_graduate_fit (region_code, region_level, graduation_year, major_category_code, major_category_name, graduates, employed,
            industry_match_rate, local_employment_rate, priority_industry_rate, refreshed_at)
        select x.region_code, x.region_level, @year + 1, coalesce(c.cube_code, x.major_category_code), coalesce(c.name_zh, x.major_category_code),
            x.graduates, x.employed,
            cast(x.industry_matched as float) / nullif(x.employed, 0),
            cast(x.local_province as float) / nullif(x.employed, 0),
            cast(x.priority_industry as float) / nullif(x.employed, 0),
            @refreshed_at
        from x
        left join dim_major_category c on c.level in ('associate', 'technical') and c.major_category_code = x.major_category_code
        """;
}

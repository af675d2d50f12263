namespace VocEd.Cubes.Sql;

/// <summary>cube_base_category: cube_base_major per cell and major category, with the crosswalk and priority-industry matches resolved — what the rollups read.</summary>
public abstract partial class CubeSql
{
    /// <summary>
    /// Deletes the cube_base_category rows of academic year @year that <see cref="InsertBaseCategory"/> rewrites: every
    /// cell of the year (<paramref name="wholeYear"/>: a full refresh, or a year whose regional_industry changed) or
    /// the cells of the refresh's scope.
    /// </summary>
    public string DeleteBaseCategory(bool wholeYear) =>
        wholeYear
            ? "delete from cube_base_category where academic_year = @year"
            : DeleteScopeCells("cube_base_category") + "\n    and cube_base_category.academic_year = @year";

    /// <summary>
    /// cube_base_category of academic year @year from cube_base_major: per cell and category, the sums over employer
    /// industries, and the employed whose employer's section the category's crosswalk matches (weight &gt; 0 in the
    /// version in force in @year) or the cell's province flags as a priority industry in its regional_industry of @year.
    /// Every cell of the year (<paramref name="wholeYear"/>) or the cells of the refresh's scope.
    /// </summary>
    public string InsertBaseCategory(bool wholeYear) => $$"""
        with {{Crosswalk}},
        matched as (
            select crosswalk, major_category_code, industry_key
            from cw
            where weight > 0
            group by crosswalk, major_category_code, industry_key
        ),
        pri as (
            select r.province_code, f.industry_key
            from fact_regional_industry f
            join dim_region r on r.region_key = f.region_key
            where r.region_level = 'province' and f.year = @year and f.priority in ('key', 'strategic_emerging', 'future')
            group by r.province_code, f.industry_key
        )
        insert into cube_base_category (academic_year, prefecture_code, province_code, economic_region, school_type, crosswalk,
            major_category_code, students, dropped, graduates, placed, further_study, self_employed, employed, job_related,
            local_province, local_prefecture, salary_sum, salary_count, industry_matched, priority_industry)
        select b.academic_year, b.prefecture_code, b.province_code, b.economic_region, b.school_type, b.crosswalk, b.major_category_code,
            sum(b.students), sum(b.dropped), sum(b.graduates), sum(b.placed), sum(b.further_study), sum(b.self_employed),
            sum(b.employed), sum(b.job_related), sum(b.local_province), sum(b.local_prefecture), sum(b.salary_sum), sum(b.salary_count),
            sum(case when mt.industry_key is not null then b.employed else 0 end),
            sum(case when pr.industry_key is not null then b.employed else 0 end)
        from cube_base_major b
        left join matched mt on mt.crosswalk = b.crosswalk and mt.major_category_code = b.major_category_code
            and mt.industry_key = b.employer_industry_key
        left join pri pr on pr.province_code = b.province_code and pr.industry_key = b.employer_industry_key
        where b.academic_year = @year{{(wholeYear ? string.Empty : "\n    and " + InScopeCells("b"))}}
        group by b.academic_year, b.prefecture_code, b.province_code, b.economic_region, b.school_type, b.crosswalk, b.major_category_code
        """;
}

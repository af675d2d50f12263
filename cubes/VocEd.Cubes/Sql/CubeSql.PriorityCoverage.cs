namespace VocEd.Cubes.Sql;

/// <summary>cube_priority_coverage: the enrollment supply of cube_alignment_section in the sections a region's regional_industry flags.</summary>
public abstract partial class CubeSql
{
    /// <summary>Deletes the cube_priority_coverage rows of academic year @year.</summary>
    public static string DeletePriorityCoverageYear => "delete from cube_priority_coverage where academic_year = @year";

    /// <summary>
    /// cube_priority_coverage of academic year @year, after cube_alignment_section: a region's crosswalk-weighted
    /// enrollment per section (supply basis enrollment; the same under either demand basis) summed over the sections
    /// its own regional_industry of calendar year @year flags with each priority — for the nation and the economic
    /// regions the national file's flags — and the share of its weighted enrollment over all sections. A region whose
    /// flags come from no file has no row.
    /// </summary>
    public static string InsertPriorityCoverage => """
        with pr as (
            select 'key' as priority
            union all select 'strategic_emerging'
            union all select 'future'
        ),
        sup as (
            select region_code, region_level, industry_section, min(supply) as supply
            from cube_alignment_section
            where year = @year and supply_basis = 'enrollment'
            group by region_code, region_level, industry_section
        ),
        tot as (
            select region_code, sum(supply) as supply_total
            from sup
            group by region_code
        ),
        flags as (
            select r.region_code, i.section_code, f.priority
            from fact_regional_industry f
            join dim_region r on r.region_key = f.region_key
            join dim_industry i on i.industry_key = f.industry_key
            where f.year = @year and f.industry_key > 0
        ),
        src as (
            select distinct s.region_code, s.region_level,
                case when s.region_level in ('nation', 'economic_region') then 'CN' else s.region_code end as source_code
            from sup s
        ),
        cov as (
            select g.region_code, g.region_level, p.priority, sum(case when fl.priority = p.priority then s.supply else 0 end) as students
            from src g
            cross join pr p
            join sup s on s.region_code = g.region_code
            left join flags fl on fl.region_code = g.source_code and fl.section_code = s.industry_section
            where exists (select 1 from flags h where h.region_code = g.source_code)
            group by g.region_code, g.region_level, p.priority
        )
        insert into cube_priority_coverage (region_code, region_level, academic_year, priority, students, share, refreshed_at)
        select c.region_code, c.region_level, @year, c.priority, c.students, c.students / nullif(t.supply_total, 0), @refreshed_at
        from cov c
        join tot t on t.region_code = c.region_code
        """;
}

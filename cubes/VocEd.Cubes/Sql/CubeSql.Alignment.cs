namespace VocEd.Cubes.Sql;

/// <summary>cube_alignment_section and cube_alignment: supply through the crosswalk against regional demand.</summary>
public abstract partial class CubeSql
{
    /// <summary>Deletes the cube_alignment_section and cube_alignment rows of year @year.</summary>
    public static IReadOnlyList<string> DeleteAlignmentYear =>
    [
        "delete from cube_alignment where year = @year",
        "delete from cube_alignment_section where year = @year",
    ];

    /// <summary>cube_alignment_section of year @year: supply through the crosswalk, demand from regional_industry, shares, deviation and location quotients.</summary>
    public string InsertAlignmentSections => $$"""
        with {{_levels}},
        {{Crosswalk}},
        sb as (
            select 'enrollment' as supply_basis
            union all select 'graduates'
        ),
        dbs as (
            select 'value_added' as demand_basis
            union all select 'employment'
        ),
        bs as (
            select prefecture_code, province_code, economic_region, crosswalk, major_category_code,
                sum(students) as students, sum(graduates) as graduates
            from cube_base_category
            where academic_year = @year
            group by prefecture_code, province_code, economic_region, crosswalk, major_category_code
        ),
        xs as (
            select l.region_level, {{_regionCode}} as region_code, b.crosswalk, b.major_category_code, b.students, b.graduates
            from bs b
            cross join lvl l
        ),
        sup as (
            select x.region_level, x.region_code, s.supply_basis, w.industry_key,
                sum(case when s.supply_basis = 'enrollment' then x.students else x.graduates end * w.weight) as supply
            from xs x
            join cw w on w.crosswalk = x.crosswalk and w.major_category_code = x.major_category_code
            cross join sb s
            where x.region_code is not null
            group by x.region_level, x.region_code, s.supply_basis, w.industry_key
        ),
        ri as (
            select r.region_level, r.region_code, r.economic_region, f.industry_key,
                cast(f.value_added_100m_yuan as float) as value_added, cast(f.employment_10k as float) as employment
            from fact_regional_industry f
            join dim_region r on r.region_key = f.region_key
            where f.year = @year and f.industry_key > 0
        ),
        dem_raw as (
            select region_level, region_code, industry_key, value_added, employment from ri where region_level in ('province', 'prefecture')
            union all
            select 'economic_region', economic_region, industry_key, value_added, employment from ri where region_level = 'province'
            union all
            select 'nation', 'CN', industry_key, value_added, employment from ri where region_level = 'nation'
            union all
            select 'nation', 'CN', industry_key, value_added, employment from ri
            where region_level = 'province' and not exists (select 1 from ri n where n.region_level = 'nation')
        ),
        dem as (
            select d.region_level, d.region_code, t.demand_basis, d.industry_key,
                sum(case when t.demand_basis = 'value_added' then d.value_added else d.employment end) as demand
            from dem_raw d
            cross join dbs t
            group by d.region_level, d.region_code, t.demand_basis, d.industry_key
        ),
        st as (
            select region_level, region_code, supply_basis, sum(supply) as supply_total
            from sup
            group by region_level, region_code, supply_basis
            having sum(supply) > 0
        ),
        dt as (
            select region_level, region_code, demand_basis, sum(demand) as demand_total
            from dem
            group by region_level, region_code, demand_basis
            having sum(demand) > 0
        ),
        pairs as (
            select st.region_level, st.region_code, st.supply_basis, dt.demand_basis, st.supply_total, dt.demand_total
            from st
            join dt on dt.region_level = st.region_level and dt.region_code = st.region_code
        ),
        grid as (
            select p.region_level, p.region_code, p.supply_basis, p.demand_basis, i.industry_key, i.section_code,
                coalesce(su.supply, 0) as supply, coalesce(de.demand, 0) as demand,
                coalesce(su.supply, 0) / p.supply_total as supply_share,
                coalesce(de.demand, 0) / p.demand_total as demand_share
            from pairs p
            cross join dim_industry i
            left join sup su on su.region_level = p.region_level and su.region_code = p.region_code
                and su.supply_basis = p.supply_basis and su.industry_key = i.industry_key
            left join dem de on de.region_level = p.region_level and de.region_code = p.region_code
                and de.demand_basis = p.demand_basis and de.industry_key = i.industry_key
            where i.industry_key > 0
        ),
        nat as (
            select supply_basis, demand_basis, industry_key, supply_share, demand_share
            from grid
            where region_level = 'nation'
        )
        insert into cube_alignment_section (region_code, region_level, year, supply_basis, demand_basis, industry_section,
            supply, demand, supply_share, demand_share, structural_deviation, location_quotient_supply, location_quotient_demand, refreshed_at)
        select g.region_code, g.region_level, @year, g.supply_basis, g.demand_basis, g.section_code,
            g.supply, g.demand, g.supply_share, g.demand_share,
            case when g.demand_share = 0 then null else g.supply_share / g.demand_share - 1 end,
            g.supply_share / nullif(n.supply_share, 0),
            g.demand_share / nullif(n.demand_share, 0),
            @refreshed_at
        from grid g
        left join nat n on n.supply_basis = g.supply_basis and n.demand_basis = g.demand_basis and n.industry_key = g.industry_key
        """;

    /// <summary>cube_alignment of year @year, from its sections: mismatch index, match degree, Moore angle, sector mismatch, totals.</summary>
    public string InsertAlignment => $$"""
        with sector_shares as (
            select a.region_code, a.supply_basis, a.demand_basis, i.sector,
                sum(a.supply_share) as supply_share, sum(a.demand_share) as demand_share
            from cube_alignment_section a
            join dim_industry i on i.section_code = a.industry_section
            where a.year = @year
            group by a.region_code, a.supply_basis, a.demand_basis, i.sector
        ),
        sector_mismatch as (
            select region_code, supply_basis, demand_basis, sum(abs(supply_share - demand_share)) / 2 as mismatch
            from sector_shares
            group by region_code, supply_basis, demand_basis
        ),
        agg as (
            select a.region_code, a.region_level, a.supply_basis, a.demand_basis,
                sum(abs(a.supply_share - a.demand_share)) / 2 as mismatch,
                sum(a.supply_share * a.demand_share) / (sqrt(sum(a.supply_share * a.supply_share)) * sqrt(sum(a.demand_share * a.demand_share))) as cosine,
                sum(case when a.supply_share > 0 or a.demand_share > 0 then 1 else 0 end) as sections_compared,
                sum(a.supply) as supply_total, sum(a.demand) as demand_total
            from cube_alignment_section a
            where a.year = @year
            group by a.region_code, a.region_level, a.supply_basis, a.demand_basis
        )
        insert into cube_alignment (region_code, region_level, year, supply_basis, demand_basis, mismatch_index, match_degree,
            moore_angle_deg, sections_compared, sector_mismatch_index, supply_total, demand_total, refreshed_at)
        select agg.region_code, agg.region_level, @year, agg.supply_basis, agg.demand_basis, agg.mismatch, 1 - agg.mismatch,
            {{AngleInDegrees("case when agg.cosine > 1 then 1 when agg.cosine < -1 then -1 else agg.cosine end")}},
            agg.sections_compared, sm.mismatch, agg.supply_total, agg.demand_total, @refreshed_at
        from agg
        join sector_mismatch sm on sm.region_code = agg.region_code and sm.supply_basis = agg.supply_basis and sm.demand_basis = agg.demand_basis
        """;
}

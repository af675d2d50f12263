using VocEd.Warehouse.Model.Cubes;
using VocEd.Warehouse.Reference;

namespace VocEd.Cubes.Sql;

/// <summary>cube_destination: the graduates of cube_base_by_school by report group, rolled up to every region level and school type.</summary>
public abstract partial class CubeSql
{
    /// <summary>Deletes the cube_destination rows of academic year @year.</summary>
    public static string DeleteDestinationYear => "delete from cube_destination where academic_year = @year";

    /// <summary>
    /// cube_destination of academic year @year: per region, school type (and all) and report group, the graduates of
    /// graduation year @year + 1 and their share of the cell's graduates; every group where the cell has graduates.
    /// </summary>
    public static string InsertDestination
    {
        get
        {
            var groups = DestinationRef.ReportGroups;
            var sums = string.Join(", ", groups.Select(g => $"sum({GroupColumn(g)}) as {GroupColumn(g)}"));
            var columns = string.Join(", ", groups.Select(g => "b." + GroupColumn(g)));
            var pick = string.Join(" ", groups.Select(g => $"when '{g}' then m.{GroupColumn(g)}"));
            return $$"""
                with {{_levels}},
                grp as (
                    {{string.Join("\n            union all ", groups.Select(g => $"select '{g}' as destination_group"))}}
                ),
                bd as (
                    select prefecture_code, province_code, economic_region, school_type, sum(graduates) as graduates, {{sums}}
                    from cube_base_by_school
                    where academic_year = @year and fact_kind = '{{CubeBaseBySchool.GraduatesKind}}'
                    group by prefecture_code, province_code, economic_region, school_type
                ),
                xd as (
                    select l.region_level, {{_regionCode}} as region_code,
                        case when t.is_all = 1 then 'all' else b.school_type end as school_type, b.graduates, {{columns}}
                    from bd b
                    cross join lvl l
                    cross join typ t
                ),
                m as (
                    select region_level, region_code, school_type, sum(graduates) as graduates, {{sums}}
                    from xd
                    where region_code is not null
                    group by region_level, region_code, school_type
                    having sum(graduates) > 0
                )
                insert into cube_destination (region_code, region_level, academic_year, school_type, destination_group, graduates,
                    total_graduates, graduate_share, refreshed_at)
                select m.region_code, m.region_level, @year, m.school_type, g.destination_group,
                    case g.destination_group {{pick}} end,
                    m.graduates,
                    cast(case g.destination_group {{pick}} end as float) / m.graduates,
                    @refreshed_at
                from m
                cross join grp g
                """;
        }
    }
}

namespace VocEd.Cubes.Sql;

/// <summary>
/// cube_submission_status, cube_submission_status_region and cube_submission_coverage: who submitted what and when,
/// from etl_submission and dim_submission_deadline. Whether nothing received is still pending or already missing
/// depends on the time (@now), so every refresh rebuilds them whole; they read no facts and are small.
/// </summary>
public abstract partial class CubeSql
{
    /// <summary>Per replacement key (kind, submitter, year): versions, first receipt, quarantined versions, the version that counts and the latest's status.</summary>
    private const string _submissionKeys = """
        sv as (
            select s.kind, s.submitter_code, s.year, count(*) as versions, min(s.received_at) as first_received_at,
                sum(case when s.status = 'quarantined' then 1 else 0 end) as quarantined_files,
                max(case when s.status = 'loaded' then s.submission_id end) as loaded_id, max(s.version) as latest_version
            from etl_submission s
            where s.kind in ({kinds}) and s.submitter_code is not null and s.year is not null
            group by s.kind, s.submitter_code, s.year
        ),
        cur as (
            select v.kind, v.submitter_code, v.year, v.versions, v.first_received_at, v.quarantined_files, v.loaded_id,
                c.submission_id, c.rows_read, c.rows_loaded, c.rows_rejected, l.status as latest_status
            from sv v
            join etl_submission l on l.kind = v.kind and l.submitter_code = v.submitter_code and l.year = v.year and l.version = v.latest_version
            join etl_submission c on c.submission_id = coalesce(v.loaded_id, l.submission_id)
        )
        """;

    /// <summary>The submission cubes are rebuilt whole by every refresh.</summary>
    public static IReadOnlyList<string> DeleteSubmissionCubes =>
    [
        "delete from cube_submission_coverage",
        "delete from cube_submission_status",
        "delete from cube_submission_status_region",
    ];

    /// <summary>
    /// cube_submission_status at time @now: every school expected in academic year Y (a loaded school_profile for Y or
    /// Y − 1) × the three school kinds (graduate_destination: the file of graduation year Y + 1). Status: loaded when a
    /// version is; else quarantined when the latest is; else pending until the deadline, then missing. Late: the first
    /// version received after the deadline (a correction never makes a school late). The school's name and region from
    /// its version of the year (else its latest).
    /// </summary>
    public string InsertSubmissionStatus => $$"""
        with ks as (
            select 'school_profile' as submission_kind, 0 as years_after
            union all select 'enrollment', 0
            union all select 'graduate_destination', 1
        ),
        ex as (
            select distinct p.submitter_code as school_code, p.year + o.years_after as academic_year
            from etl_submission p
            cross join (select 0 as years_after union all select 1) o
            where p.kind = 'school_profile' and p.status = 'loaded' and p.submitter_code is not null and p.year is not null
        ),
        {{_submissionKeys.Replace("{kinds}", "'school_profile', 'enrollment', 'graduate_destination'", StringComparison.Ordinal)}},
        sch as (
            select x.school_code, x.academic_year, x.school_key
            from (
                select e.school_code, e.academic_year, s.school_key,
                    row_number() over (partition by e.school_code, e.academic_year
                        order by case when s.valid_from <= e.academic_year and s.valid_to >= e.academic_year then 0 else 1 end, s.valid_from desc, s.school_key desc) as rn
                from ex e
                join dim_school s on s.school_code = e.school_code
            ) x
            where x.rn = 1
        )
        insert into cube_submission_status (school_code, academic_year, submission_kind, school_name, county_code, prefecture_code,
            province_code, economic_region, status, first_received_at, deadline_date, is_late, versions, quarantined_files, submission_id,
            rows_read, rows_loaded, rows_rejected, refreshed_at)
        select sch.school_code, sch.academic_year, k.submission_kind, s.school_name, s.county_code, r.prefecture_code, r.province_code,
            r.economic_region,
            {{StatusOf("c", "dl")}},
            c.first_received_at, dl.deadline_date,
            case when c.first_received_at is null then null else {{Flag("c.first_received_at > dl.deadline_at")}} end,
            coalesce(c.versions, 0), coalesce(c.quarantined_files, 0), c.submission_id,
            coalesce(c.rows_read, 0), coalesce(c.rows_loaded, 0), coalesce(c.rows_rejected, 0),
            @refreshed_at
        from sch
        join dim_school s on s.school_key = sch.school_key
        join dim_region r on r.region_key = s.region_key
        cross join ks k
        join dim_submission_deadline dl on dl.submission_kind = k.submission_kind and dl.year = sch.academic_year + k.years_after
        left join cur c on c.kind = k.submission_kind and c.submitter_code = sch.school_code and c.year = sch.academic_year + k.years_after
        """;

    /// <summary>
    /// cube_submission_status_region at time @now, after <see cref="InsertSubmissionStatus"/>: regional_industry of the
    /// nation and every province for each year that has a regional_industry submission or expected schools, and of any
    /// other region that submitted; status and lateness as for schools.
    /// </summary>
    public string InsertSubmissionStatusRegion => $$"""
        with yrs as (
            select year from etl_submission where kind = 'regional_industry' and submitter_code is not null and year is not null
            union select academic_year from cube_submission_status
        ),
        exr as (
            select y.year, r.region_code, r.region_level, {{BooleanLiteral(true)}} as is_expected
            from yrs y
            cross join dim_region r
            where r.region_level in ('nation', 'province')
            union
            select s.year, r.region_code, r.region_level, {{BooleanLiteral(false)}}
            from etl_submission s
            join dim_region r on r.region_code = s.submitter_code
            where s.kind = 'regional_industry' and s.year is not null and r.region_level not in ('nation', 'province')
        ),
        {{_submissionKeys.Replace("{kinds}", "'regional_industry'", StringComparison.Ordinal)}}
        insert into cube_submission_status_region (region_code, year, region_level, is_expected, status, first_received_at, deadline_date,
            is_late, versions, quarantined_files, submission_id, rows_read, rows_loaded, rows_rejected, refreshed_at)
        select e.region_code, e.year, e.region_level, e.is_expected,
            {{StatusOf("c", "dl")}},
            c.first_received_at, dl.deadline_date,
            case when c.first_received_at is null then null else {{Flag("c.first_received_at > dl.deadline_at")}} end,
            coalesce(c.versions, 0), coalesce(c.quarantined_files, 0), c.submission_id,
            coalesce(c.rows_read, 0), coalesce(c.rows_loaded, 0), coalesce(c.rows_rejected, 0),
            @refreshed_at
        from exr e
        join dim_submission_deadline dl on dl.submission_kind = 'regional_industry' and dl.year = e.year
        left join cur c on c.submitter_code = e.region_code and c.year = e.year
        """;

    /// <summary>cube_submission_coverage, after <see cref="InsertSubmissionStatus"/>: its rows counted per region (every level), academic year and kind.</summary>
    public string InsertSubmissionCoverage => $$"""
        with {{_levels}},
        x as (
            select l.region_level,
                case l.region_level
                    when 'prefecture' then s.prefecture_code
                    when 'province' then s.province_code
                    when 'economic_region' then s.economic_region
                    else 'CN'
                end as region_code,
                s.academic_year, s.submission_kind, s.status, s.is_late, s.rows_read, s.rows_loaded, s.rows_rejected
            from cube_submission_status s
            cross join lvl l
        )
        insert into cube_submission_coverage (region_code, region_level, academic_year, submission_kind, schools_expected, schools_submitted,
            schools_on_time, schools_late, schools_missing, schools_pending, schools_quarantined, rows_read, rows_loaded, rows_rejected,
            rejection_rate, refreshed_at)
        select region_code, region_level, academic_year, submission_kind, {{Count()}},
            {{Count("status = 'loaded'")}},
            {{Count($"status = 'loaded' and not ({IsTrue("is_late")})")}},
            {{Count($"status = 'loaded' and {IsTrue("is_late")}")}},
            {{Count("status = 'missing'")}},
            {{Count("status = 'pending'")}},
            {{Count("status = 'quarantined'")}},
            sum(cast(rows_read as bigint)), sum(cast(rows_loaded as bigint)), sum(cast(rows_rejected as bigint)),
            cast(sum(rows_rejected) as float) / nullif(sum(cast(rows_read as bigint)), 0),
            @refreshed_at
        from x
        where region_code is not null and region_code <> ''
        group by region_level, region_code, academic_year, submission_kind
        """;

    /// <summary>The status of a key (its <paramref name="current"/> row of cur, NULL when nothing was received) against its deadline row at time @now.</summary>
    private static string StatusOf(string current, string deadline) => $"""
        case when {current}.loaded_id is not null then 'loaded'
                when {current}.latest_status = 'quarantined' then 'quarantined'
                when @now <= {deadline}.deadline_at then 'pending'
                else 'missing'
            end
        """;
}
